package lt.dienynas.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.shared.DateRange;

/** Pusmetis arba mokslo metų (metinis) laikotarpis. Created by {@link SchoolYear#definePeriod}. */
@Entity
@Table(name = "school_period")
public class SchoolPeriod implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private PeriodKind kind;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  protected SchoolPeriod() {}

  SchoolPeriod(SchoolYear schoolYear, PeriodKind kind, DateRange range) {
    this.schoolYear = schoolYear;
    this.kind = kind;
    reschedule(range);
  }

  void reschedule(DateRange range) {
    this.startDate = range.start();
    this.endDate = range.end();
  }

  public DateRange range() {
    return new DateRange(startDate, endDate);
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public PeriodKind getKind() {
    return kind;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }
}
