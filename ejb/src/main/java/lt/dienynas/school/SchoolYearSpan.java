package lt.dienynas.school;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.shared.DateRange;
import lt.dienynas.shared.Validity;

/**
 * Days of a school year with a start and an end (a semester, the annual period, a holiday): its
 * year and its {@link Validity} in the columns {@code start_date} and {@code end_date}.
 */
@MappedSuperclass
public abstract class SchoolYearSpan implements Serializable {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Embedded
  @AttributeOverride(name = "from", column = @Column(name = "start_date", nullable = false))
  @AttributeOverride(name = "to", column = @Column(name = "end_date", nullable = false))
  private Validity validity;

  protected SchoolYearSpan() {}

  SchoolYearSpan(SchoolYear schoolYear, DateRange range) {
    this.schoolYear = schoolYear;
    reschedule(range);
  }

  void reschedule(DateRange range) {
    this.validity = Validity.of(range);
  }

  public DateRange range() {
    return validity.range();
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public Validity getValidity() {
    return validity;
  }

  public LocalDate getStartDate() {
    return validity.from();
  }

  public LocalDate getEndDate() {
    return validity.to().orElseThrow();
  }
}
