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
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.people.Person;

/** A person a message reached, and when they first read it (the read receipt). */
@Entity
@Table(name = "message_recipient")
@NamedQuery(
    name = MessageRecipient.INBOX,
    query =
        "SELECT r FROM MessageRecipient r JOIN FETCH r.message m LEFT JOIN FETCH m.sender"
            + " WHERE r.recipient.id = :person ORDER BY m.sentAt DESC, m.id DESC")
@NamedQuery(
    name = MessageRecipient.COUNT_INBOX,
    query = "SELECT COUNT(r) FROM MessageRecipient r WHERE r.recipient.id = :person")
@NamedQuery(
    name = MessageRecipient.COUNT_UNREAD,
    query =
        "SELECT COUNT(r) FROM MessageRecipient r WHERE r.recipient.id = :person"
            + " AND r.readAt IS NULL")
@NamedQuery(
    name = MessageRecipient.OF_MESSAGE_AND_PERSON,
    query =
        "SELECT r FROM MessageRecipient r WHERE r.message.id = :message"
            + " AND r.recipient.id = :person")
@NamedQuery(
    name = MessageRecipient.RECEIPTS,
    query =
        "SELECT r FROM MessageRecipient r JOIN FETCH r.recipient p WHERE r.message.id = :message"
            + " ORDER BY p.lastName, p.firstName, p.id")
@NamedQuery(
    name = MessageRecipient.RECEIPT_COUNTS,
    query =
        "SELECT r.message.id, COUNT(r), COUNT(r.readAt) FROM MessageRecipient r"
            + " WHERE r.message.id IN :messages GROUP BY r.message.id")
@NamedQuery(
    name = MessageRecipient.COUNT_OF_MESSAGE,
    query = "SELECT COUNT(r) FROM MessageRecipient r WHERE r.message.id = :message")
public class MessageRecipient {
  public static final String INBOX = "MessageRecipient.inbox";
  public static final String COUNT_INBOX = "MessageRecipient.countInbox";
  public static final String COUNT_UNREAD = "MessageRecipient.countUnread";
  public static final String OF_MESSAGE_AND_PERSON = "MessageRecipient.ofMessageAndPerson";
  public static final String RECEIPTS = "MessageRecipient.receipts";
  public static final String RECEIPT_COUNTS = "MessageRecipient.receiptCounts";
  public static final String COUNT_OF_MESSAGE = "MessageRecipient.countOfMessage";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "message_id", nullable = false, updatable = false)
  private Message message;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
  private Person recipient;

  @Column(name = "read_at")
  private LocalDateTime readAt;

  protected MessageRecipient() {}

  public MessageRecipient(Message message, Person recipient) {
    this.message = Objects.requireNonNull(message, "message");
    this.recipient = Objects.requireNonNull(recipient, "recipient");
  }

  /** The first reading is the receipt; later readings change nothing. */
  public boolean markRead(LocalDateTime at) {
    if (readAt != null) {
      return false;
    }
    readAt = Objects.requireNonNull(at, "at");
    return true;
  }

  public Long getId() {
    return id;
  }

  public Message getMessage() {
    return message;
  }

  public Person getRecipient() {
    return recipient;
  }

  public Optional<LocalDateTime> getReadAt() {
    return Optional.ofNullable(readAt);
  }

  public boolean isRead() {
    return readAt != null;
  }
}
