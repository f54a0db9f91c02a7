package lt.dienynas.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import lt.dienynas.shared.DateRange;

/** Pusmetis arba mokslo metų (metinis) laikotarpis. Created by {@link SchoolYear#definePeriod}. */
@Entity
@Table(name = "school_period")
public class SchoolPeriod extends SchoolYearSpan implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private PeriodKind kind;

  protected SchoolPeriod() {}

  SchoolPeriod(SchoolYear schoolYear, PeriodKind kind, DateRange range) {
    super(schoolYear, range);
    this.kind = kind;
  }

  public Long getId() {
    return id;
  }

  public PeriodKind getKind() {
    return kind;
  }
}
