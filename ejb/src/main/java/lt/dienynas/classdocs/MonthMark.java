package lt.dienynas.classdocs;

import java.time.LocalDate;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;

/** A mark of the month, as a report prints it. */
public record MonthMark(
    long studentId,
    String subject,
    LocalDate date,
    MarkScale scale,
    String value,
    String comment,
    AssessmentKind kind) {
  /** The short form the journal shows ("7", "įsk.", "pagr."). */
  public String notation() {
    return new MarkValue(scale, value, comment).notation();
  }
}
