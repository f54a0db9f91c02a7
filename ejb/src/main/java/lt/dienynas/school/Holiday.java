package lt.dienynas.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.DateRange;

/**
 * Mokinių atostogos: school holidays, still working days for staff. Created by {@link
 * SchoolYear#addHoliday}; public holidays are computed by {@link LithuanianPublicHolidays}.
 */
@Entity
@Table(name = "holiday")
public class Holiday extends SchoolYearSpan implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", length = 100, nullable = false)
  private String name;

  protected Holiday() {}

  Holiday(SchoolYear schoolYear, String name, DateRange range) {
    super(schoolYear, range);
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new BusinessException("holiday.name", name);
    }
    this.name = name.strip();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
