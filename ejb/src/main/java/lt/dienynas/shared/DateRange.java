package lt.dienynas.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Laikotarpis: calendar dates from {@code start} to {@code end}, both inclusive. */
public record DateRange(LocalDate start, LocalDate end) implements Serializable {

  /**
   * @throws BusinessException {@code dateRange.order} when the end is before the start
   */
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new BusinessException("dateRange.order", start, end);
    }
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  public boolean encloses(DateRange other) {
    return contains(other.start) && contains(other.end);
  }

  public boolean overlaps(DateRange other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }
}
