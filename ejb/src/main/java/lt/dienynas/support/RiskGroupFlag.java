package lt.dienynas.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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
import lt.dienynas.shared.BusinessException;

/**
 * Rizikos grupės mokinys (§24.2): the social pedagogue puts a student into the risk group, or takes
 * them out, always with a reason; the history keeps every change.
 */
@Entity
@Table(name = "risk_group_flag")
public class RiskGroupFlag {
  public static final int REASON_LENGTH = 500;

  @Id
  @Column(name = "student_id")
  private Long studentId;

  @Column(name = "in_group", nullable = false)
  private boolean inGroup;

  @Column(name = "reason", length = REASON_LENGTH, nullable = false)
  private String reason;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "changed_by", nullable = false)
  private Person changedBy;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected RiskGroupFlag() {}

  /** A student's first flag. */
  public RiskGroupFlag(long studentId) {
    this.studentId = studentId;
  }

  /**
   * Puts the student into the risk group ({@code true}) or takes them out.
   *
   * @throws BusinessException {@code riskGroup.reason}, {@code riskGroup.already} (nothing to
   *     change)
   */
  public void change(boolean newInGroup, String newReason, Person by, LocalDateTime at) {
    String stripped = newReason == null ? "" : newReason.strip();
    if (stripped.isEmpty() || stripped.length() > REASON_LENGTH) {
      throw new BusinessException("riskGroup.reason", REASON_LENGTH);
    }
    if (changedAt != null && inGroup == newInGroup) {
      throw new BusinessException(newInGroup ? "riskGroup.alreadyIn" : "riskGroup.alreadyOut");
    }
    if (changedAt == null && !newInGroup) {
      throw new BusinessException("riskGroup.alreadyOut");
    }
    this.inGroup = newInGroup;
    this.reason = stripped;
    this.changedBy = Objects.requireNonNull(by, "by");
    this.changedAt = Objects.requireNonNull(at, "at");
  }

  Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("inGroup", inGroup);
    values.put("reason", reason);
    return values;
  }

  public Long getStudentId() {
    return studentId;
  }

  public boolean isInGroup() {
    return inGroup;
  }

  public String getReason() {
    return reason;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  public int getVersion() {
    return version;
  }
}
