package lt.dienynas.journal;

import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.MarkScale;

/** A mark of a group's month as {@link JournalService#month} reads it: its lesson and student. */
public record MonthMarkRow(
    Long lessonId,
    Long studentId,
    MarkScale scale,
    String value,
    String comment,
    AssessmentKind kind,
    String institution) {

  static final String SELECT =
      "SELECT NEW lt.dienynas.journal.MonthMarkRow(l.id, m.student.id, m.scale, m.value,"
          + " m.comment, m.kind, m.institution) FROM Mark m JOIN m.lesson l"
          + " WHERE l.group.id = :groupId AND l.lessonDate BETWEEN :from AND :to";
}
