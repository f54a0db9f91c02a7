package lt.dienynas.web.diary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.diary.ChildWeek;
import lt.dienynas.diary.DiaryChild;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.journal.JustificationService;
import lt.dienynas.journal.PendingNote;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.Notices;
import lt.dienynas.web.faces.OneTransaction;

/**
 * A guardian's view of a child's diary: switching between their children, and sending the class
 * teacher a note that justifies missed lessons.
 */
@Named
@ViewScoped
public class ChildDiary extends DiaryPage {
  @Inject private SchoolClock clock;

  @Serial private static final long serialVersionUID = 1L;

  @Inject private JustificationService justifications;

  private Long student;
  private List<DiaryChild> children;
  private List<ChildWeek> weeks;
  private List<PendingNote> notes;

  private LocalDate noteFrom;
  private LocalDate noteTo;
  private JustificationReason noteReason = JustificationReason.ILLNESS;
  private String noteText;

  @Inject private OneTransaction oneTransaction;

  // one transaction for the page's reads (issue 19)
  public void load() {
    oneTransaction.run(this::read);
  }

  private void read() {
    weeks = diary.childrenWeeks(getDate());
    children = weeks.stream().map(ChildWeek::child).toList();
    if (student == null && !children.isEmpty()) {
      student = children.get(0).studentId();
    }
    if (student != null) {
      show(student);
      notes = justifications.notesOf(student, clock.today());
    }
  }

  public void sendNote() {
    justifications.submit(
        student, noteFrom, noteTo == null ? noteFrom : noteTo, noteReason, noteText);
    noteText = null;
    load();
    Notices.info("diary.noteSent");
  }

  public JustificationReason[] getNoteReasons() {
    return new JustificationReason[] {
      JustificationReason.ILLNESS, JustificationReason.PARENTS_REQUEST, JustificationReason.OTHER
    };
  }

  public List<DiaryChild> getChildren() {
    return children;
  }

  /** Each child's week of the date, for the cards side by side. */
  public List<ChildWeek> getWeeks() {
    return weeks;
  }

  public List<PendingNote> getNotes() {
    return notes;
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
  }

  public LocalDate getNoteFrom() {
    return noteFrom;
  }

  public void setNoteFrom(LocalDate noteFrom) {
    this.noteFrom = noteFrom;
  }

  public LocalDate getNoteTo() {
    return noteTo;
  }

  public void setNoteTo(LocalDate noteTo) {
    this.noteTo = noteTo;
  }

  public JustificationReason getNoteReason() {
    return noteReason;
  }

  public void setNoteReason(JustificationReason noteReason) {
    this.noteReason = noteReason;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }
}
