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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.Subject;
import lt.dienynas.shared.BusinessException;

/**
 * Papildomi / vasaros darbai of a student in a subject (§23.12): its result becomes the year's
 * final result in the subject.
 */
@Entity
@Table(name = "additional_work")
public class AdditionalWork {
  public static final int TASK_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "student_id", nullable = false, updatable = false)
  private Student student;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subject_id", nullable = false, updatable = false)
  private Subject subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private AdditionalWorkKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assigned_by", nullable = false, updatable = false)
  private Person assignedBy;

  @Column(name = "assigned_at", nullable = false, updatable = false)
  private LocalDateTime assignedAt;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "task", length = TASK_LENGTH)
  private String task;

  @Enumerated(EnumType.STRING)
  @Column(name = "result_scale", length = 20)
  private PeriodGradeScale resultScale;

  @Column(name = "result_value", length = 20)
  private String resultValue;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "result_entered_by")
  private Person resultEnteredBy;

  @Column(name = "result_entered_at")
  private LocalDateTime resultEnteredAt;

  @Column(name = "locked", nullable = false)
  private boolean locked;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected AdditionalWork() {}

  /**
   * @throws BusinessException {@code additionalWork.task} for a too long task
   */
  AdditionalWork(
      SchoolYear schoolYear,
      Student student,
      Subject subject,
      AdditionalWorkKind kind,
      LocalDate dueDate,
      String task,
      Person by,
      LocalDateTime at) {
    String text = task == null || task.isBlank() ? null : task.strip();
    if (text != null && text.length() > TASK_LENGTH) {
      throw new BusinessException("additionalWork.task", TASK_LENGTH);
    }
    this.schoolYear = Objects.requireNonNull(schoolYear, "schoolYear");
    this.student = Objects.requireNonNull(student, "student");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
    this.task = text;
    this.assignedBy = Objects.requireNonNull(by, "by");
    this.assignedAt = Objects.requireNonNull(at, "at");
  }

  /**
   * @throws BusinessException {@code periodGrade.locked} for a locked result outside a correction
   *     act
   */
  void enterResult(PeriodGradeValue result, Person by, LocalDateTime at, boolean actInProgress) {
    if (locked && !actInProgress) {
      throw new BusinessException("periodGrade.locked");
    }
    this.resultScale = result.scale();
    this.resultValue = result.value();
    this.resultEnteredBy = Objects.requireNonNull(by, "by");
    this.resultEnteredAt = Objects.requireNonNull(at, "at");
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("student", student.getId());
    values.put("subject", subject.getId());
    values.put("kind", kind.name());
    values.put("dueDate", dueDate);
    values.put("resultScale", resultScale == null ? null : resultScale.name());
    values.put("resultValue", resultValue);
    return values;
  }

  public Optional<PeriodGradeValue> result() {
    return resultScale == null
        ? Optional.empty()
        : Optional.of(new PeriodGradeValue(resultScale, resultValue, null));
  }

  public String getTask() {
    return task;
  }

  public boolean isLocked() {
    return locked;
  }

  public int getVersion() {
    return version;
  }

  public Long getId() {
    return id;
  }

  public Student getStudent() {
    return student;
  }

  public Subject getSubject() {
    return subject;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public AdditionalWorkKind getKind() {
    return kind;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }
}
