package lt.dienynas.diary;

import java.time.LocalDate;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;

/** A row of the diary's marks queries: a student's mark with its lesson and subject. */
public record MarkRow(
    long studentId,
    long subjectId,
    String subjectName,
    LocalDate date,
    int lessonNumber,
    MarkScale scale,
    String value,
    String comment,
    AssessmentKind kind,
    String institution) {

  DiaryMark toMark() {
    return new DiaryMark(
        date, lessonNumber, subjectName, new MarkValue(scale, value, comment), kind, institution);
  }

  /** The ten-point value, or null for a mark of another scale. */
  Integer tenPoint() {
    return scale == MarkScale.TEN_POINT ? Integer.valueOf(value) : null;
  }
}
