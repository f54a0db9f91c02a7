package lt.dienynas.support;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;

/** One mark of a student as a watch list reads it. */
public record MarkEntry(
    long studentId, LocalDate date, String subject, MarkScale scale, String value, String comment)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The ten-point value, or null for a mark on another scale. */
  public Integer tenPoint() {
    return scale == MarkScale.TEN_POINT ? Integer.valueOf(value) : null;
  }

  /** As the journal shows it ("7", "įsk."). */
  public String notation() {
    return new MarkValue(scale, value, scale == MarkScale.DESCRIPTIVE ? comment : null).notation();
  }
}
