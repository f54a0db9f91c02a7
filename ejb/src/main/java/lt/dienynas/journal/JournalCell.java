package lt.dienynas.journal;

import java.io.Serializable;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.MarkValue;

/** What a student has in a lesson: a mark and its kind, attendance and its justification. */
public record JournalCell(
    MarkValue mark,
    AssessmentKind kind,
    String institution,
    AttendanceStatus attendance,
    JustificationReason justification)
    implements Serializable {

  public static final JournalCell EMPTY = new JournalCell(null, null, null, null, null);

  public JournalCell withMark(MarkValue newMark, AssessmentKind newKind, String newInstitution) {
    return new JournalCell(newMark, newKind, newInstitution, attendance, justification);
  }

  public JournalCell withAttendance(AttendanceStatus status, JustificationReason reason) {
    return new JournalCell(mark, kind, institution, status, reason);
  }

  public boolean isJustified() {
    return justification != null;
  }

  /** The cell as typed in the grid: "n", "p 8", "įsk.". */
  public String notation() {
    return new CellEntry(attendance, mark).notation();
  }
}
