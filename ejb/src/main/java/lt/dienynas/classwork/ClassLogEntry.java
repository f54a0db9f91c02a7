package lt.dienynas.classwork;

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
 * Klasės vadovo veikla (§21.6, §21.9): one entry of the class teacher's log of work with the class
 * — a class hour, a trip, a parents' meeting, an event, an individual talk — with its day, topic
 * and participants. Only its author changes or removes it.
 */
@Entity
@Table(name = "class_log_entry")
@NamedQuery(
    name = ClassLogEntry.OF_CLASS,
    query =
        "SELECT NEW lt.dienynas.classwork.ClassLogEntryView(e.id, e.classId, e.date, e.kind,"
            + " e.topic, e.participants, e.authorId, p.firstName, p.lastName, e.createdAt,"
            + " e.changedAt, e.version) FROM ClassLogEntry e, Person p WHERE p.id = e.authorId"
            + " AND e.classId = :classId ORDER BY e.date DESC, e.id DESC")
public class ClassLogEntry {
  public static final String OF_CLASS = "ClassLogEntry.ofClass";
  public static final int TOPIC_LENGTH = 500;
  public static final int PARTICIPANTS_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_class_id", nullable = false, updatable = false)
  private long classId;

  @Column(name = "entry_date", nullable = false)
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 30, nullable = false)
  private ClassLogKind kind;

  @Column(name = "topic", length = TOPIC_LENGTH, nullable = false)
  private String topic;

  @Column(name = "participants", length = PARTICIPANTS_LENGTH, nullable = false)
  private String participants;

  @Column(name = "author_id", nullable = false, updatable = false)
  private long authorId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "changed_at")
  private LocalDateTime changedAt;

  @Version private int version;

  protected ClassLogEntry() {}

  public ClassLogEntry(long classId, ClassLogInput input, long authorId, LocalDateTime at) {
    this.classId = classId;
    this.authorId = authorId;
    this.createdAt = Objects.requireNonNull(at, "at");
    apply(input);
  }

  /** The author rewrites the entry. */
  public void change(ClassLogInput input, long personId, LocalDateTime at) {
    requireAuthor(personId);
    apply(input);
    changedAt = at;
  }

  /** Only the author changes or removes an entry. */
  public void requireAuthor(long personId) {
    if (authorId != personId) {
      throw new BusinessException("classwork.log.notAuthor");
    }
  }

  private void apply(ClassLogInput input) {
    Objects.requireNonNull(input, "input");
    this.date = Objects.requireNonNull(input.date(), "date");
    this.kind = Objects.requireNonNull(input.kind(), "kind");
    this.topic = requireText(input.topic(), TOPIC_LENGTH, "classwork.log.topic");
    this.participants =
        requireText(input.participants(), PARTICIPANTS_LENGTH, "classwork.log.participants");
  }

  static String requireText(String text, int max, String key) {
    if (text == null || text.isBlank() || text.strip().length() > max) {
      throw new BusinessException(key, max);
    }
    return text.strip();
  }

  public Long getId() {
    return id;
  }

  public long getClassId() {
    return classId;
  }

  public LocalDate getDate() {
    return date;
  }

  public ClassLogKind getKind() {
    return kind;
  }

  public String getTopic() {
    return topic;
  }

  public String getParticipants() {
    return participants;
  }

  public long getAuthorId() {
    return authorId;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  public int getVersion() {
    return version;
  }
}
