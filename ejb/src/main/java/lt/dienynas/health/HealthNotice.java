package lt.dienynas.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.shared.BusinessException;

/**
 * Pranešimas apie mokinio sveikatos sutrikimą (§28.2): what the health specialist tells the
 * student's teachers, e.g. the PE teacher. The teachers see this text only, not the health record.
 */
@Entity
@Table(name = "health_notice")
@NamedQuery(
    name = HealthNotice.TO_TEACHER,
    query =
        "SELECT DISTINCT n FROM HealthNotice n JOIN n.recipients r JOIN FETCH n.student"
            + " JOIN FETCH n.author WHERE r.id = :teacherId ORDER BY n.sentAt DESC, n.id DESC")
@NamedQuery(
    name = HealthNotice.ABOUT_STUDENT,
    query =
        "SELECT n FROM HealthNotice n JOIN FETCH n.author WHERE n.student.id = :studentId"
            + " ORDER BY n.sentAt DESC, n.id DESC")
@NamedQuery(
    name = HealthNotice.BY_AUTHOR,
    query =
        "SELECT n FROM HealthNotice n JOIN FETCH n.student WHERE n.author.id = :authorId"
            + " ORDER BY n.sentAt DESC, n.id DESC")
public class HealthNotice {
  public static final String TO_TEACHER = "HealthNotice.toTeacher";
  public static final String ABOUT_STUDENT = "HealthNotice.aboutStudent";
  public static final String BY_AUTHOR = "HealthNotice.byAuthor";
  public static final int MAX_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "student_id", nullable = false, updatable = false)
  private Student student;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false, updatable = false)
  private StaffMember author;

  @Column(name = "body", length = MAX_LENGTH, nullable = false, updatable = false)
  private String body;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private LocalDateTime sentAt;

  @ManyToMany
  @JoinTable(
      name = "health_notice_recipient",
      joinColumns = @JoinColumn(name = "notice_id"),
      inverseJoinColumns = @JoinColumn(name = "teacher_id"))
  private Set<StaffMember> recipients = new HashSet<>();

  protected HealthNotice() {}

  /**
   * @throws BusinessException {@code health.noticeText} (empty or too long) or {@code
   *     health.noRecipients}
   */
  public HealthNotice(
      Student student,
      StaffMember author,
      String body,
      Collection<StaffMember> recipients,
      LocalDateTime sentAt) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw new BusinessException("health.noticeText", MAX_LENGTH);
    }
    if (recipients == null || recipients.isEmpty()) {
      throw new BusinessException("health.noRecipients", student.getFullName());
    }
    this.student = Objects.requireNonNull(student, "student");
    this.author = Objects.requireNonNull(author, "author");
    this.body = text;
    this.recipients.addAll(recipients);
    this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
  }

  public Long getId() {
    return id;
  }

  public Student getStudent() {
    return student;
  }

  public StaffMember getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public Set<StaffMember> getRecipients() {
    return Collections.unmodifiableSet(recipients);
  }
}
