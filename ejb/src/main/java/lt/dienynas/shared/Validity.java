package lt.dienynas.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Galiojimo laikotarpis: a record holds from {@code from} to {@code to}, both days inclusive; an
 * open one ({@code to} empty) holds until further notice. A value: every change makes a new one, so
 * an entity replaces its whole {@code validity}.
 *
 * <p>Embedded by the records that are valid for a time (memberships, teaching assignments, a
 * specialist's support, holidays, school periods); each keeps its own column names with {@code
 * AttributeOverride}, and JPQL reads the dates as {@code x.validity.from} and {@code
 * x.validity.to}.
 */
@Embeddable
public class Validity implements Serializable {

  @Column(name = "valid_from", nullable = false)
  private LocalDate from;

  @Column(name = "valid_to")
  private LocalDate to;

  protected Validity() {}

  private Validity(LocalDate from, LocalDate to) {
    this.from = Objects.requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new BusinessException("dateRange.order", from, to);
    }
    this.to = to;
  }

  /** Valid from {@code from} until further notice. */
  public static Validity startingOn(LocalDate from) {
    return new Validity(from, null);
  }

  /** Valid on the days of {@code range}. */
  public static Validity of(DateRange range) {
    return new Validity(range.start(), range.end());
  }

  /**
   * This validity with {@code lastDay} as its last day.
   *
   * @throws BusinessException {@code dateRange.order} when {@code lastDay} is before the first day
   */
  public Validity endingOn(LocalDate lastDay) {
    return new Validity(from, Objects.requireNonNull(lastDay, "lastDay"));
  }

  /**
   * This validity ending on {@code lastDay} at the latest: an open one or one that ends later is
   * cut short to {@code lastDay}, one that ends earlier stays as it is.
   *
   * @throws BusinessException {@code dateRange.order} when {@code lastDay} is before the first day
   */
  public Validity endingBy(LocalDate lastDay) {
    Validity cut = endingOn(lastDay);
    return to == null || lastDay.isBefore(to) ? cut : this;
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }

  /** Whether it holds on at least one day from {@code first} to {@code last}, both inclusive. */
  public boolean overlaps(LocalDate first, LocalDate last) {
    return !from.isAfter(last) && (to == null || !to.isBefore(first));
  }

  public boolean isEnded() {
    return to != null;
  }

  public LocalDate from() {
    return from;
  }

  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  /**
   * The days as a range.
   *
   * @throws IllegalStateException when it is open
   */
  public DateRange range() {
    if (to == null) {
      throw new IllegalStateException("an open validity has no range: from " + from);
    }
    return new DateRange(from, to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Validity other && from.equals(other.from) && Objects.equals(to, other.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  @Override
  public String toString() {
    return from + "–" + (to == null ? "" : to);
  }
}
