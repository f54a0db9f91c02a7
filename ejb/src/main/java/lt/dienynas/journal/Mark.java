package lt.dienynas.journal;

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
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.shared.BusinessException;

/** Įvertinimas: a student's mark in a lesson, of an assessment kind. */
@Entity
@Table(name = "mark")
@NamedQuery(
    name = Mark.OF_LESSON_AND_STUDENT,
    query = "SELECT m FROM Mark m WHERE m.lesson = :lesson AND m.student.id = :studentId")
@NamedQuery(
    name = Mark.OF_LESSON_AND_STUDENTS,
    query = "SELECT m FROM Mark m WHERE m.lesson = :lesson AND m.student.id IN :studentIds")
@NamedQuery(name = Mark.OF_LESSON, query = "SELECT m FROM Mark m WHERE m.lesson.id = :lessonId")
public class Mark {
  public static final String OF_LESSON_AND_STUDENT = "Mark.ofLessonAndStudent";
  public static final String OF_LESSON_AND_STUDENTS = "Mark.ofLessonAndStudents";
  public static final String OF_LESSON = "Mark.ofLesson";
  public static final int INSTITUTION_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lesson_id", nullable = false, updatable = false)
  private Lesson lesson;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "student_id", nullable = false, updatable = false)
  private Student student;

  @Enumerated(EnumType.STRING)
  @Column(name = "scale", length = 20, nullable = false)
  private MarkScale scale;

  @Column(name = "mark_value", length = 20)
  private String value;

  @Column(name = "comment", length = MarkValue.COMMENT_LENGTH)
  private String comment;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 30, nullable = false)
  private AssessmentKind kind;

  @Column(name = "institution", length = INSTITUTION_LENGTH)
  private String institution;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recorded_by", nullable = false)
  private Person recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected Mark() {}

  Mark(Lesson lesson, Student student, MarkInput input, Person by, LocalDateTime at) {
    this.lesson = Objects.requireNonNull(lesson, "lesson");
    this.student = Objects.requireNonNull(student, "student");
    change(input, by, at);
  }

  /**
   * @throws BusinessException {@code mark.institution} when a mark from another institution names
   *     none (or a too long one)
   */
  void change(MarkInput input, Person by, LocalDateTime at) {
    Objects.requireNonNull(input, "input");
    String place =
        input.institution() == null || input.institution().isBlank()
            ? null
            : input.institution().strip();
    if (input.kind() == AssessmentKind.OTHER_INSTITUTION
        && (place == null || place.length() > INSTITUTION_LENGTH)) {
      throw new BusinessException("mark.institution", INSTITUTION_LENGTH);
    }
    this.scale = input.value().scale();
    this.value = input.value().value();
    this.comment = input.value().comment();
    this.kind = input.kind();
    this.institution = input.kind() == AssessmentKind.OTHER_INSTITUTION ? place : null;
    this.recordedBy = Objects.requireNonNull(by, "by");
    this.recordedAt = Objects.requireNonNull(at, "at");
  }

  public MarkValue value() {
    return new MarkValue(scale, value, comment);
  }

  public MarkInput input() {
    return new MarkInput(value(), kind, institution);
  }

  public Long getId() {
    return id;
  }

  public Lesson getLesson() {
    return lesson;
  }

  public Student getStudent() {
    return student;
  }

  public AssessmentKind getKind() {
    return kind;
  }

  public Optional<String> getInstitution() {
    return Optional.ofNullable(institution);
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }
}
