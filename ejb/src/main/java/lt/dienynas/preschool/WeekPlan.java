package lt.dienynas.preschool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/**
 * Savaitės ugdomosios veiklos planas ir refleksija (§22.5): the teacher prepares the plan of a week
 * during the week before and improves it through the week itself; on the week's Friday they write
 * the reflection on how it went. A week is named by its Monday.
 */
@Entity
@Table(name = "preschool_week_plan")
@NamedQuery(
    name = WeekPlan.FIND,
    query = "SELECT p FROM WeekPlan p WHERE p.groupId = :groupId AND p.weekStart = :weekStart")
@NamedQuery(
    name = WeekPlan.OF_GROUPS,
    query =
        "SELECT p FROM WeekPlan p WHERE p.groupId IN :groupIds AND p.weekStart BETWEEN :from AND"
            + " :to")
public class WeekPlan {
  public static final String FIND = "WeekPlan.find";
  public static final String OF_GROUPS = "WeekPlan.ofGroups";

  /** The longest plan or reflection. */
  public static final int TEXT_LENGTH = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Column(name = "week_start", nullable = false, updatable = false)
  private LocalDate weekStart;

  @Column(name = "plan_text", nullable = false)
  private String planText;

  @Column(name = "planned_by", nullable = false)
  private long plannedBy;

  @Column(name = "planned_at", nullable = false)
  private LocalDateTime plannedAt;

  @Column(name = "reflection")
  private String reflection;

  @Column(name = "reflected_by")
  private Long reflectedBy;

  @Column(name = "reflected_at")
  private LocalDateTime reflectedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected WeekPlan() {}

  /**
   * @throws BusinessException {@code preschool.week.notMonday}, {@code preschool.plan.required}
   */
  public WeekPlan(long groupId, LocalDate weekStart, String planText, long by, LocalDateTime at) {
    this.groupId = groupId;
    this.weekStart = requireMonday(weekStart);
    revise(planText, by, at);
  }

  /** The Monday of the week, refused for any other day. */
  public static LocalDate requireMonday(LocalDate weekStart) {
    if (weekStart == null || weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new BusinessException("preschool.week.notMonday", weekStart);
    }
    return weekStart;
  }

  /** The teacher improves the plan. */
  public void revise(String text, long by, LocalDateTime at) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("preschool.plan.required");
    }
    this.planText = text.strip();
    this.plannedBy = by;
    this.plannedAt = Objects.requireNonNull(at, "at");
  }

  /** The teacher writes (or rewrites) the week's reflection. */
  public void reflect(String text, long by, LocalDateTime at) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("preschool.reflection.required");
    }
    this.reflection = text.strip();
    this.reflectedBy = by;
    this.reflectedAt = Objects.requireNonNull(at, "at");
  }

  public Long getId() {
    return id;
  }

  public long getGroupId() {
    return groupId;
  }

  public LocalDate getWeekStart() {
    return weekStart;
  }

  public String getPlanText() {
    return planText;
  }

  public long getPlannedBy() {
    return plannedBy;
  }

  public LocalDateTime getPlannedAt() {
    return plannedAt;
  }

  public String getReflection() {
    return reflection;
  }

  public Long getReflectedBy() {
    return reflectedBy;
  }

  public LocalDateTime getReflectedAt() {
    return reflectedAt;
  }

  public int getVersion() {
    return version;
  }
}
