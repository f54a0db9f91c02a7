package lt.dienynas.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import lt.dienynas.people.Person;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.shared.BusinessException;

/** Kontrolinis / atsiskaitomasis darbas announced for a group on a date (§23.4). */
@Entity
@Table(name = "planned_test")
public class PlannedTest {
  public static final int DESCRIPTION_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private StudyGroup group;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subject_id", nullable = false, updatable = false)
  private Subject subject;

  @Column(name = "test_date", nullable = false, updatable = false)
  private LocalDate testDate;

  @Column(name = "description", nullable = false, length = DESCRIPTION_LENGTH)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "announced_by", nullable = false, updatable = false)
  private Person announcedBy;

  @Column(name = "announced_at", nullable = false, updatable = false)
  private LocalDateTime announcedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected PlannedTest() {}

  /**
   * @throws BusinessException {@code plannedTest.description} for a missing or too long text
   */
  public PlannedTest(
      StudyGroup group,
      Subject subject,
      LocalDate testDate,
      String description,
      Person announcedBy,
      LocalDateTime announcedAt) {
    String text = description == null ? "" : description.strip();
    if (text.isEmpty() || text.length() > DESCRIPTION_LENGTH) {
      throw new BusinessException("plannedTest.description", DESCRIPTION_LENGTH);
    }
    this.group = Objects.requireNonNull(group, "group");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.testDate = Objects.requireNonNull(testDate, "testDate");
    this.description = text;
    this.announcedBy = Objects.requireNonNull(announcedBy, "announcedBy");
    this.announcedAt = Objects.requireNonNull(announcedAt, "announcedAt");
  }

  public Long getId() {
    return id;
  }

  public StudyGroup getGroup() {
    return group;
  }

  public Subject getSubject() {
    return subject;
  }

  public LocalDate getTestDate() {
    return testDate;
  }

  public String getDescription() {
    return description;
  }
}
