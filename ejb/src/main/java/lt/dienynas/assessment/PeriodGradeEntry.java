package lt.dienynas.assessment;

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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import lt.dienynas.people.Person;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;

/**
 * Whether the DB admin has period-grade entry open for a class (all its groups) or one group
 * (§18.11).
 */
@Entity
@Table(name = "period_grade_entry")
public class PeriodGradeEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind", length = 20, nullable = false, updatable = false)
  private PeriodKind periodKind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "school_class_id", updatable = false)
  private SchoolClass schoolClass;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "group_id", updatable = false)
  private StudyGroup group;

  @Column(name = "open", nullable = false)
  private boolean open;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "changed_by", nullable = false)
  private Person changedBy;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected PeriodGradeEntry() {}

  /** Entry for a class ({@code group} null) or a group ({@code schoolClass} null). */
  PeriodGradeEntry(
      SchoolYear schoolYear, PeriodKind periodKind, SchoolClass schoolClass, StudyGroup group) {
    if ((schoolClass == null) == (group == null)) {
      throw new IllegalArgumentException("a class or a group");
    }
    this.schoolYear = Objects.requireNonNull(schoolYear, "schoolYear");
    this.periodKind = Objects.requireNonNull(periodKind, "periodKind");
    this.schoolClass = schoolClass;
    this.group = group;
  }

  void set(boolean nowOpen, Person by, LocalDateTime at) {
    this.open = nowOpen;
    this.changedBy = Objects.requireNonNull(by, "by");
    this.changedAt = Objects.requireNonNull(at, "at");
  }

  public boolean isOpen() {
    return open;
  }
}
