package lt.dienynas.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/** A refused access: who tried what, on which thing, when. Append-only. */
@Entity
@Table(name = "access_refusal")
@NamedQuery(
    name = AccessRefusal.LATEST,
    query = "SELECT r FROM AccessRefusal r ORDER BY r.occurredAt DESC, r.id DESC")
@NamedQuery(
    name = AccessRefusal.BY_LOGIN,
    query = "SELECT r FROM AccessRefusal r WHERE r.login = :login ORDER BY r.occurredAt DESC")
public class AccessRefusal {
  public static final String LATEST = "AccessRefusal.latest";
  public static final String BY_LOGIN = "AccessRefusal.byLogin";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(name = "login", updatable = false, length = 64)
  private String login;

  @Column(name = "action", nullable = false, updatable = false, length = 60)
  private String action;

  @Column(name = "target_type", updatable = false, length = 40)
  private String targetType;

  @Column(name = "target_id", updatable = false, length = 40)
  private String targetId;

  protected AccessRefusal() {}

  public AccessRefusal(
      LocalDateTime occurredAt, String login, String action, String targetType, Object targetId) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.login = login;
    this.action = Objects.requireNonNull(action, "action");
    this.targetType = targetType;
    this.targetId = targetId == null ? null : truncate(targetId.toString());
  }

  private static String truncate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40);
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getLogin() {
    return login;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }
}
