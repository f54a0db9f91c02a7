package lt.dienynas.preschool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/**
 * A pre-school group's working day in the journal (§22.4): filled in (the children's attendance is
 * entered), or not filled for an objective reason. The first time it was filled is kept, so the
 * 9:30 rule is judged by when the day was first entered, not by a later correction.
 */
@Entity
@Table(name = "preschool_day")
@NamedQuery(
    name = PreschoolDay.FIND,
    query = "SELECT d FROM PreschoolDay d WHERE d.groupId = :groupId AND d.day = :day")
@NamedQuery(
    name = PreschoolDay.OF_RANGE,
    query =
        "SELECT d FROM PreschoolDay d WHERE d.groupId = :groupId AND d.day BETWEEN :from AND :to"
            + " ORDER BY d.day")
public class PreschoolDay {
  public static final String FIND = "PreschoolDay.find";
  public static final String OF_RANGE = "PreschoolDay.ofRange";

  /** The longest reason for a day not filled. */
  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Column(name = "day", nullable = false, updatable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 20, nullable = false)
  private DayState state;

  @Column(name = "reason", length = REASON_LENGTH)
  private String reason;

  @Column(name = "filled_by", nullable = false)
  private long filledBy;

  @Column(name = "first_filled_at", nullable = false, updatable = false)
  private LocalDateTime firstFilledAt;

  @Column(name = "filled_at", nullable = false)
  private LocalDateTime filledAt;

  @Version private int version;

  protected PreschoolDay() {}

  PreschoolDay(long groupId, LocalDate day, long by, LocalDateTime at) {
    this.groupId = groupId;
    this.day = Objects.requireNonNull(day, "day");
    this.firstFilledAt = at;
    filled(by, at);
  }

  /** The attendance of the day was entered. */
  void filled(long by, LocalDateTime at) {
    state = DayState.FILLED;
    reason = null;
    filledBy = by;
    filledAt = at;
  }

  /**
   * The day could not be filled for an objective reason (§22.4).
   *
   * @throws BusinessException {@code preschool.reasonRequired}, {@code preschool.reasonLength}
   */
  void notFilled(String why, long by, LocalDateTime at) {
    if (why == null || why.isBlank()) {
      throw new BusinessException("preschool.reasonRequired");
    }
    if (why.strip().length() > REASON_LENGTH) {
      throw new BusinessException("preschool.reasonLength", REASON_LENGTH);
    }
    state = DayState.NOT_FILLED;
    reason = why.strip();
    filledBy = by;
    filledAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getGroupId() {
    return groupId;
  }

  public LocalDate getDay() {
    return day;
  }

  public DayState getState() {
    return state;
  }

  public String getReason() {
    return reason;
  }

  public long getFilledBy() {
    return filledBy;
  }

  public LocalDateTime getFirstFilledAt() {
    return firstFilledAt;
  }

  public LocalDateTime getFilledAt() {
    return filledAt;
  }

  public int getVersion() {
    return version;
  }
}
