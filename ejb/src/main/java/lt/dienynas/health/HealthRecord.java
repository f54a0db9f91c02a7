package lt.dienynas.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import lt.dienynas.people.StaffMember;
import lt.dienynas.shared.BusinessException;

/**
 * Mokinio sveikatos duomenys (§7.2, §28.1): what the health specialist records about a student.
 * Only the health specialist and the director read it; teachers get notices, never this.
 */
@Entity
@Table(name = "health_record")
public class HealthRecord {
  public static final int MAX_LENGTH = 10_000;

  @Id
  @Column(name = "student_id", updatable = false)
  private Long studentId;

  @Column(name = "body", nullable = false)
  private String body;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "updated_by", nullable = false)
  private StaffMember updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected HealthRecord() {}

  /**
   * @throws BusinessException {@code health.recordText}
   */
  public HealthRecord(long studentId, String body, StaffMember author, LocalDateTime when) {
    this.studentId = studentId;
    update(body, author, when);
  }

  /**
   * @throws BusinessException {@code health.recordText} when the text is longer than {@value
   *     #MAX_LENGTH} characters
   */
  public void update(String newBody, StaffMember author, LocalDateTime when) {
    String text = newBody == null ? "" : newBody.strip();
    if (text.length() > MAX_LENGTH) {
      throw new BusinessException("health.recordText", MAX_LENGTH);
    }
    this.body = text;
    this.updatedBy = Objects.requireNonNull(author, "author");
    this.updatedAt = Objects.requireNonNull(when, "when");
  }

  public Long getStudentId() {
    return studentId;
  }

  public String getBody() {
    return body;
  }

  public StaffMember getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public int getVersion() {
    return version;
  }
}
