package lt.dienynas.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.shared.BusinessException;

/**
 * Grupė: the students a lesson is given to — a whole class, a subject (temporary) group, a
 * home-schooling, non-formal, pre-school or VDM group.
 */
@Entity
@Table(name = "study_group")
@NamedQuery(
    name = StudyGroup.FIND_BY_YEAR,
    query = "SELECT g FROM StudyGroup g WHERE g.schoolYear = :year ORDER BY g.kind, g.name")
@NamedQuery(
    name = StudyGroup.FIND_BY_CLASS,
    query = "SELECT g FROM StudyGroup g WHERE g.schoolClass = :schoolClass ORDER BY g.kind, g.name")
public class StudyGroup {
  public static final String FIND_BY_YEAR = "StudyGroup.findByYear";
  public static final String FIND_BY_CLASS = "StudyGroup.findByClass";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private GroupKind kind;

  @Column(name = "name", length = 100, nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "school_class_id", updatable = false)
  private SchoolClass schoolClass;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "subject_id", updatable = false)
  private Subject subject;

  protected StudyGroup() {}

  /**
   * @param schoolClass the class the group belongs to or is split from; required for {@link
   *     GroupKind#CLASS}, optional otherwise
   * @param subject the subject taught; required for {@link GroupKind#SUBJECT}, none for {@link
   *     GroupKind#CLASS}
   * @throws BusinessException {@code schoolYear.readOnly}, {@code studyGroup.name}, {@code
   *     studyGroup.classRequired}, {@code studyGroup.subjectRequired}, {@code
   *     studyGroup.classSubject} or {@code studyGroup.otherYear}
   */
  public StudyGroup(
      SchoolYear schoolYear,
      GroupKind kind,
      String name,
      SchoolClass schoolClass,
      Subject subject) {
    Objects.requireNonNull(schoolYear, "schoolYear").requireWritable();
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new BusinessException("studyGroup.name", name);
    }
    if (kind == GroupKind.CLASS && schoolClass == null) {
      throw new BusinessException("studyGroup.classRequired", name);
    }
    if (kind == GroupKind.CLASS && subject != null) {
      throw new BusinessException("studyGroup.classSubject", name);
    }
    if (kind == GroupKind.SUBJECT && subject == null) {
      throw new BusinessException("studyGroup.subjectRequired", name);
    }
    if (schoolClass != null && schoolClass.getSchoolYear() != schoolYear) {
      throw new BusinessException("studyGroup.otherYear", schoolClass.getName(), schoolYear);
    }
    this.schoolYear = schoolYear;
    this.kind = kind;
    this.name = name.strip();
    this.schoolClass = schoolClass;
    this.subject = subject;
  }

  /** The group of all students of a class, named as the class. */
  public static StudyGroup ofClass(SchoolClass schoolClass) {
    return new StudyGroup(
        schoolClass.getSchoolYear(), GroupKind.CLASS, schoolClass.getName(), schoolClass, null);
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public GroupKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public Optional<SchoolClass> getSchoolClass() {
    return Optional.ofNullable(schoolClass);
  }

  public Optional<Subject> getSubject() {
    return Optional.ofNullable(subject);
  }

  @Override
  public String toString() {
    return name;
  }
}
