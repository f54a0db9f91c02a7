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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.shared.BusinessException;

/** The period's missed lessons of a student, as the class teacher confirmed them. */
@Entity
@Table(name = "period_attendance")
public class PeriodAttendance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind", length = 20, nullable = false, updatable = false)
  private PeriodKind periodKind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "student_id", nullable = false, updatable = false)
  private Student student;

  @Column(name = "missed", nullable = false)
  private int missed;

  @Column(name = "justified", nullable = false)
  private int justified;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "entered_by", nullable = false)
  private Person enteredBy;

  @Column(name = "entered_at", nullable = false)
  private LocalDateTime enteredAt;

  @Column(name = "locked", nullable = false)
  private boolean locked;

  @Column(name = "locked_at")
  private LocalDateTime lockedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected PeriodAttendance() {}

  PeriodAttendance(SchoolYear schoolYear, PeriodKind periodKind, Student student) {
    this.schoolYear = Objects.requireNonNull(schoolYear, "schoolYear");
    this.periodKind = Objects.requireNonNull(periodKind, "periodKind");
    this.student = Objects.requireNonNull(student, "student");
  }

  /**
   * @throws BusinessException {@code periodAttendance.counts} for negative counts or more justified
   *     than missed, {@code periodGrade.locked} for a locked row outside a correction act
   */
  void set(int missedNow, int justifiedNow, Person by, LocalDateTime at, boolean actInProgress) {
    if (locked && !actInProgress) {
      throw new BusinessException("periodGrade.locked");
    }
    if (missedNow < 0 || justifiedNow < 0 || justifiedNow > missedNow) {
      throw new BusinessException("periodAttendance.counts");
    }
    this.missed = missedNow;
    this.justified = justifiedNow;
    this.enteredBy = Objects.requireNonNull(by, "by");
    this.enteredAt = Objects.requireNonNull(at, "at");
  }

  /**
   * Locks the counts now: counts a correction act writes are final at once (§30), as the nightly
   * lock leaves every other row.
   */
  void lock(LocalDateTime at) {
    this.locked = true;
    this.lockedAt = Objects.requireNonNull(at, "at");
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("student", student.getId());
    values.put("period", periodKind.name());
    values.put("missed", missed);
    values.put("justified", justified);
    return values;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public int getMissed() {
    return missed;
  }

  public int getJustified() {
    return justified;
  }
}
