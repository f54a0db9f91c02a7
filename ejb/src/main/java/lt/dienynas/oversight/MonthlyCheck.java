package lt.dienynas.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.shared.BusinessException;

/**
 * Mėnesio e. dienyno pildymo patikra (§19.13): the deputy records that a month of the diary was
 * checked, for the whole school or one class, with the findings; checked again, the record keeps
 * the latest findings (the earlier ones stay in the history).
 */
@Entity
@Table(name = "monthly_check")
@NamedQuery(
    name = MonthlyCheck.OF_YEAR,
    query = "SELECT c FROM MonthlyCheck c WHERE c.yearId = :yearId ORDER BY c.month DESC, c.scope")
@NamedQuery(
    name = MonthlyCheck.FIND,
    query =
        "SELECT c FROM MonthlyCheck c WHERE c.yearId = :yearId AND c.month = :month"
            + " AND c.scope = :scope")
public class MonthlyCheck {
  public static final String OF_YEAR = "MonthlyCheck.ofYear";
  public static final String FIND = "MonthlyCheck.find";

  /** The longest findings. */
  public static final int FINDINGS_LENGTH = 4000;

  static final String SCHOOL = "SCHOOL";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_year_id", nullable = false, updatable = false)
  private long yearId;

  @Column(name = "month", length = 7, nullable = false, updatable = false)
  private String month;

  @Column(name = "scope", length = 24, nullable = false, updatable = false)
  private String scope;

  @Column(name = "school_class_id", updatable = false)
  private Long classId;

  @Column(name = "findings", length = FINDINGS_LENGTH, nullable = false)
  private String findings;

  @Column(name = "checked_by", nullable = false)
  private long checkedBy;

  @Column(name = "checked_at", nullable = false)
  private LocalDateTime checkedAt;

  @Column(name = "teachers_told", nullable = false)
  private int teachersTold;

  @Version private int version;

  protected MonthlyCheck() {}

  /**
   * @throws BusinessException {@code monthlyCheck.findingsRequired}, {@code
   *     monthlyCheck.findingsLength}
   */
  public MonthlyCheck(
      long yearId,
      YearMonth month,
      Long classId,
      String findings,
      long by,
      LocalDateTime at,
      int told) {
    this.yearId = yearId;
    this.month = Objects.requireNonNull(month, "month").toString();
    this.classId = classId;
    this.scope = scopeOf(classId);
    check(findings, by, at, told);
  }

  /** The scope a school-wide or a class's check is stored under. */
  static String scopeOf(Long classId) {
    return classId == null ? SCHOOL : "C" + classId;
  }

  /**
   * Checked (again): the findings, who and when, and how many teachers were told.
   *
   * @throws BusinessException {@code monthlyCheck.findingsRequired}, {@code
   *     monthlyCheck.findingsLength}
   */
  public void check(String newFindings, long by, LocalDateTime at, int told) {
    String text = newFindings == null ? "" : newFindings.strip();
    if (text.isEmpty()) {
      throw new BusinessException("monthlyCheck.findingsRequired");
    }
    if (text.length() > FINDINGS_LENGTH) {
      throw new BusinessException("monthlyCheck.findingsLength", FINDINGS_LENGTH);
    }
    this.findings = text;
    this.checkedBy = by;
    this.checkedAt = Objects.requireNonNull(at, "at");
    this.teachersTold = told;
  }

  public Long getId() {
    return id;
  }

  public long getYearId() {
    return yearId;
  }

  public YearMonth getMonth() {
    return YearMonth.parse(month);
  }

  public Optional<Long> getClassId() {
    return Optional.ofNullable(classId);
  }

  public String getFindings() {
    return findings;
  }

  public long getCheckedBy() {
    return checkedBy;
  }

  public LocalDateTime getCheckedAt() {
    return checkedAt;
  }

  public int getTeachersTold() {
    return teachersTold;
  }

  public int getVersion() {
    return version;
  }
}
