package lt.dienynas.shared;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A record that holds from a day until it is ended (a membership, a teaching assignment, a
 * specialist's support): its {@link Validity} in the columns {@code valid_from} and {@code
 * valid_to}, the first day fixed once written.
 */
@MappedSuperclass
public abstract class DatedRecord implements Serializable {

  @Embedded
  @AttributeOverride(
      name = "from",
      column = @Column(name = "valid_from", nullable = false, updatable = false))
  @AttributeOverride(name = "to", column = @Column(name = "valid_to"))
  private Validity validity;

  protected DatedRecord() {}

  /** Sets the first day; the constructor of the record calls it after its own checks. */
  protected final void startOn(LocalDate validFrom) {
    this.validity = Validity.startingOn(Objects.requireNonNull(validFrom, "validFrom"));
  }

  /**
   * Refuses any change of the validity when the record may no longer be changed (e.g. its school
   * year is read-only); nothing by default.
   */
  protected void requireChangeable() {}

  /**
   * Ends the record: {@code lastDay} is its last day.
   *
   * @throws BusinessException {@code endedKey} with {@code what} and the last day when it has ended
   *     already, {@code dateRange.order}, or what {@link #requireChangeable} throws
   */
  protected final void endOnce(LocalDate lastDay, String endedKey, Supplier<?> what) {
    Objects.requireNonNull(lastDay, "lastDay");
    requireChangeable();
    if (validity.isEnded()) {
      throw new BusinessException(endedKey, what.get(), validity.to().orElseThrow());
    }
    this.validity = validity.endingOn(lastDay);
  }

  /**
   * Ends the record on {@code lastDay} at the latest (one that ends earlier stays as it is).
   *
   * @throws BusinessException {@code dateRange.order} or what {@link #requireChangeable} throws
   */
  protected final void endNoLaterThan(LocalDate lastDay) {
    Objects.requireNonNull(lastDay, "lastDay");
    requireChangeable();
    this.validity = validity.endingBy(lastDay);
  }

  public boolean isActiveOn(LocalDate date) {
    return validity.contains(date);
  }

  public Validity getValidity() {
    return validity;
  }

  public LocalDate getValidFrom() {
    return validity.from();
  }

  public Optional<LocalDate> getValidTo() {
    return validity.to();
  }
}
