package lt.dienynas.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Prisijungimo įvykis (§18.10): one login attempt — the login name typed, the person when an
 * account has that name, when, and whether it succeeded. Append-only.
 */
@Entity
@Table(name = "login_event")
@NamedQuery(
    name = LoginEvent.LATEST,
    query = "SELECT e FROM LoginEvent e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(
    name = LoginEvent.OF_PERSON,
    query =
        "SELECT e FROM LoginEvent e WHERE e.personId = :personId"
            + " ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(
    name = LoginEvent.OF_LOGIN,
    query =
        "SELECT e FROM LoginEvent e WHERE e.login = :login ORDER BY e.occurredAt DESC, e.id DESC")
public class LoginEvent {
  public static final String LATEST = "LoginEvent.latest";
  public static final String OF_PERSON = "LoginEvent.ofPerson";
  public static final String OF_LOGIN = "LoginEvent.ofLogin";

  /** Why an attempt ended as it did. */
  public enum Reason {
    OK,
    BAD_PASSWORD,
    UNKNOWN_LOGIN,
    DISABLED,
    LOCKED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "login", length = 64, nullable = false, updatable = false)
  private String login;

  @Column(name = "person_id", updatable = false)
  private Long personId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(name = "success", nullable = false, updatable = false)
  private boolean success;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", length = 20, nullable = false, updatable = false)
  private Reason reason;

  protected LoginEvent() {}

  public LoginEvent(String login, Long personId, LocalDateTime occurredAt, Reason reason) {
    this.login = truncate(Objects.requireNonNull(login, "login"));
    this.personId = personId;
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.success = reason == Reason.OK;
  }

  private static String truncate(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64);
  }

  public Long getId() {
    return id;
  }

  public String getLogin() {
    return login;
  }

  public Long getPersonId() {
    return personId;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public boolean isSuccess() {
    return success;
  }

  public Reason getReason() {
    return reason;
  }
}
