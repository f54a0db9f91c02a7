package lt.dienynas.assessment;

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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.shared.BusinessException;

/** Pusmečio / metinis įvertinimas of a student in a subject (§23.10). */
@Entity
@Table(name = "period_grade")
@NamedQuery(
    name = PeriodGrade.OF_STUDENT_SUBJECT,
    query =
        "SELECT g FROM PeriodGrade g WHERE g.schoolYear.id = :yearId AND g.periodKind = :period"
            + " AND g.student.id = :studentId AND g.subject.id = :subjectId")
@NamedQuery(
    name = PeriodGrade.OF_STUDENTS_SUBJECT,
    query =
        "SELECT g FROM PeriodGrade g JOIN FETCH g.student WHERE g.schoolYear.id = :yearId"
            + " AND g.student.id IN :studentIds AND g.subject.id = :subjectId")
public class PeriodGrade {
  public static final String OF_STUDENT_SUBJECT = "PeriodGrade.ofStudentSubject";
  public static final String OF_STUDENTS_SUBJECT = "PeriodGrade.ofStudentsSubject";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind", length = 20, nullable = false, updatable = false)
  private PeriodKind periodKind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "student_id", nullable = false, updatable = false)
  private Student student;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subject_id", nullable = false, updatable = false)
  private Subject subject;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false)
  private StudyGroup group;

  @Enumerated(EnumType.STRING)
  @Column(name = "scale", length = 20, nullable = false)
  private PeriodGradeScale scale;

  @Column(name = "grade_value", length = 20)
  private String value;

  @Column(name = "grade_comment", length = MarkValue.COMMENT_LENGTH)
  private String comment;

  @Column(name = "suggested_value", length = 20)
  private String suggested;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "entered_by", nullable = false)
  private Person enteredBy;

  @Column(name = "entered_at", nullable = false)
  private LocalDateTime enteredAt;

  @Column(name = "locked", nullable = false)
  private boolean locked;

  @Column(name = "locked_at")
  private LocalDateTime lockedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected PeriodGrade() {}

  PeriodGrade(
      SchoolYear schoolYear,
      PeriodKind periodKind,
      Student student,
      Subject subject,
      StudyGroup group,
      PeriodGradeValue grade,
      String suggested,
      Person by,
      LocalDateTime at) {
    this.schoolYear = Objects.requireNonNull(schoolYear, "schoolYear");
    this.periodKind = Objects.requireNonNull(periodKind, "periodKind");
    this.student = Objects.requireNonNull(student, "student");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.group = Objects.requireNonNull(group, "group");
    set(grade, suggested, by, at);
  }

  /**
   * @param actInProgress a correction act applies the change (a locked grade may change then)
   * @throws BusinessException {@code periodGrade.locked}
   */
  void change(
      PeriodGradeValue grade,
      String suggestedNow,
      StudyGroup by,
      Person person,
      LocalDateTime at,
      boolean actInProgress) {
    if (locked && !actInProgress) {
      throw new BusinessException("periodGrade.locked");
    }
    this.group = Objects.requireNonNull(by, "group");
    set(grade, suggestedNow, person, at);
  }

  private void set(PeriodGradeValue grade, String suggestedNow, Person by, LocalDateTime at) {
    Objects.requireNonNull(grade, "grade");
    this.scale = grade.scale();
    this.value = grade.value();
    this.comment = grade.comment();
    this.suggested = suggestedNow;
    this.enteredBy = Objects.requireNonNull(by, "by");
    this.enteredAt = Objects.requireNonNull(at, "at");
  }

  /**
   * Locks the grade now: one a correction act writes is final at once (§30), as the nightly lock
   * leaves every other grade.
   */
  void lock(LocalDateTime at) {
    this.locked = true;
    this.lockedAt = Objects.requireNonNull(at, "at");
  }

  StudyGroup getGroup() {
    return group;
  }

  /** The grade as the history records it. */
  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("student", student.getId());
    values.put("subject", subject.getId());
    values.put("period", periodKind.name());
    values.put("scale", scale.name());
    values.put("value", value);
    values.put("comment", comment);
    values.put("suggested", suggested);
    return values;
  }

  public PeriodGradeValue grade() {
    return new PeriodGradeValue(scale, value, comment);
  }

  public Long getId() {
    return id;
  }

  public PeriodKind getPeriodKind() {
    return periodKind;
  }

  public Student getStudent() {
    return student;
  }

  public Subject getSubject() {
    return subject;
  }

  public Optional<String> getSuggested() {
    return Optional.ofNullable(suggested);
  }

  public boolean isLocked() {
    return locked;
  }

  /** Who entered or last changed the grade. */
  public Person getEnteredBy() {
    return enteredBy;
  }

  public int getVersion() {
    return version;
  }
}
