package lt.dienynas.diary;

import java.time.LocalDate;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;

/** A mark of one student as {@link DiaryService} reads it, with its lesson's day and subject. */
public record StudentMarkRow(
    Long lessonId,
    MarkScale scale,
    String value,
    String comment,
    AssessmentKind kind,
    String institution,
    LocalDate date,
    int number,
    String subjectName) {

  /** Filtered further with {@code sub} (the subject) and ordered by the caller where it needs. */
  static final String SELECT =
      "SELECT NEW lt.dienynas.diary.StudentMarkRow(l.id, m.scale, m.value, m.comment, m.kind,"
          + " m.institution, l.lessonDate, l.lessonNumber, sub.name) FROM Mark m JOIN m.lesson l"
          + " JOIN l.subject sub"
          + " WHERE m.student.id = :studentId AND l.lessonDate BETWEEN :from AND :to";

  MarkValue mark() {
    return new MarkValue(scale, value, comment);
  }
}
