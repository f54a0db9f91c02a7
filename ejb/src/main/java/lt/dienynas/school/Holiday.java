package lt.dienynas.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.DateRange;

/**
 * Mokinių atostogos: school holidays, still working days for staff. Created by {@link
 * SchoolYear#addHoliday}; public holidays are computed by {@link LithuanianPublicHolidays}.
 */
@Entity
@Table(name = "holiday")
public class Holiday implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Column(name = "name", length = 100, nullable = false)
  private String name;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  protected Holiday() {}

  Holiday(SchoolYear schoolYear, String name, DateRange range) {
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new BusinessException("holiday.name", name);
    }
    this.schoolYear = schoolYear;
    this.name = name.strip();
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

  public String getName() {
    return name;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }
}
