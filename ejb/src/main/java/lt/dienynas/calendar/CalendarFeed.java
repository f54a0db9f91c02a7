package lt.dienynas.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Objects;
import lt.dienynas.archive.ArchivePackage;

/** A person's calendar subscription: the hash of the secret in its address. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private int version;

  protected CalendarFeed() {}

  CalendarFeed(long personId, String token, LocalDateTime createdAt) {
    this.personId = personId;
    this.tokenHash = hash(token);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A new secret replaces the old one: the old address stops working at once. */
  void renew(String token, LocalDateTime at) {
    this.tokenHash = hash(token);
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  static String hash(String token) {
    return ArchivePackage.sha256(
        Objects.requireNonNull(token, "token").getBytes(StandardCharsets.UTF_8));
  }

  public long getPersonId() {
    return personId;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
