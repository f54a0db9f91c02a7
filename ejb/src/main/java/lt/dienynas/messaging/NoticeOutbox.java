package lt.dienynas.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A system notice waiting to be delivered. It is written in the transaction of the feature that
 * sends it, so it exists only if that transaction commits; it is delivered once, in the transaction
 * that creates its message.
 */
@Entity
@Table(name = "notice_outbox")
@NamedQuery(
    name = NoticeOutbox.PENDING,
    query =
        "SELECT o.id FROM NoticeOutbox o WHERE o.deliveredAt IS NULL AND o.createdAt < :before"
            + " ORDER BY o.id")
public class NoticeOutbox {
  public static final String PENDING = "NoticeOutbox.pending";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient_ids", nullable = false, updatable = false)
  private String recipientIds;

  @Column(name = "subject_key", length = 100, nullable = false, updatable = false)
  private String subjectKey;

  @Column(name = "body_key", length = 100, nullable = false, updatable = false)
  private String bodyKey;

  @Column(name = "args", nullable = false, updatable = false)
  private String args;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "delivered_at")
  private LocalDateTime deliveredAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "message_id")
  private Message message;

  protected NoticeOutbox() {}

  NoticeOutbox(
      Set<Long> recipients,
      String subjectKey,
      String bodyKey,
      String encodedArgs,
      LocalDateTime at) {
    this.recipientIds =
        recipients.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    this.subjectKey = Objects.requireNonNull(subjectKey, "subjectKey");
    this.bodyKey = Objects.requireNonNull(bodyKey, "bodyKey");
    this.args = Objects.requireNonNull(encodedArgs, "args");
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  Set<Long> recipients() {
    return Arrays.stream(recipientIds.split(","))
        .filter(s -> !s.isEmpty())
        .map(Long::valueOf)
        .collect(Collectors.toSet());
  }

  /** The notice's message, made for its recipients. */
  Message toMessage(LocalDateTime at) {
    return Message.notice(subjectKey, bodyKey, args, at);
  }

  void delivered(Message delivered, LocalDateTime at) {
    this.message = delivered;
    this.deliveredAt = at;
  }

  boolean isDelivered() {
    return deliveredAt != null;
  }

  public Long getId() {
    return id;
  }
}
