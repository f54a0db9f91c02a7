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
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;

/**
 * Lankomumas: a student absent ("n") or late ("p") in a lesson, and whether and why it is
 * justified, by whom and on which guardian's note.
 */
@Entity
@Table(name = "attendance")
@NamedQuery(
    name = Attendance.OF_LESSON_AND_STUDENTS,
    query = "SELECT a FROM Attendance a WHERE a.lesson = :lesson AND a.student.id IN :studentIds")
@NamedQuery(
    name = Attendance.OF_LESSON,
    query = "SELECT a FROM Attendance a WHERE a.lesson.id = :lessonId")
@NamedQuery(
    name = Attendance.OF_STUDENT_BETWEEN,
    query =
        "SELECT a FROM Attendance a JOIN FETCH a.lesson l WHERE a.student.id = :studentId"
            + " AND l.lessonDate BETWEEN :from AND :to")
public class Attendance {
  public static final String OF_LESSON_AND_STUDENTS = "Attendance.ofLessonAndStudents";
  public static final String OF_LESSON = "Attendance.ofLesson";
  public static final String OF_STUDENT_BETWEEN = "Attendance.ofStudentBetween";

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
  @Column(name = "status", length = 10, nullable = false)
  private AttendanceStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "justification", length = 30)
  private JustificationReason justification;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "justified_by")
  private Person justifiedBy;

  @Column(name = "justified_at")
  private LocalDateTime justifiedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "justification_note_id")
  private JustificationNote note;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recorded_by", nullable = false)
  private Person recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected Attendance() {}

  Attendance(Lesson lesson, Student student, AttendanceStatus status, Person by, LocalDateTime at) {
    this.lesson = Objects.requireNonNull(lesson, "lesson");
    this.student = Objects.requireNonNull(student, "student");
    mark(status, by, at);
  }

  void mark(AttendanceStatus newStatus, Person by, LocalDateTime at) {
    this.status = Objects.requireNonNull(newStatus, "status");
    this.recordedBy = Objects.requireNonNull(by, "by");
    this.recordedAt = Objects.requireNonNull(at, "at");
  }

  void justify(JustificationReason reason, JustificationNote onNote, Person by, LocalDateTime at) {
    this.justification = Objects.requireNonNull(reason, "reason");
    this.note = onNote;
    this.justifiedBy = Objects.requireNonNull(by, "by");
    this.justifiedAt = Objects.requireNonNull(at, "at");
  }

  public boolean isJustified() {
    return justification != null;
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

  public AttendanceStatus getStatus() {
    return status;
  }

  public Optional<JustificationReason> getJustification() {
    return Optional.ofNullable(justification);
  }

  public Optional<JustificationNote> getNote() {
    return Optional.ofNullable(note);
  }

  public Optional<LocalDateTime> getJustifiedAt() {
    return Optional.ofNullable(justifiedAt);
  }
}
