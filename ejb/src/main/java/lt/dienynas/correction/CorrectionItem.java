package lt.dienynas.correction;

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
import lt.dienynas.journal.Lesson;
import lt.dienynas.people.Student;
import lt.dienynas.school.PeriodKind;

/** One field a correction act changes, with its wrong and its correct value. */
@Entity
@Table(name = "correction_item")
public class CorrectionItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "act_id", nullable = false, updatable = false)
  private CorrectionAct act;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private CorrectionKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "student_id", nullable = false, updatable = false)
  private Student student;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lesson_id", updatable = false)
  private Lesson lesson;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind", length = 20, updatable = false)
  private PeriodKind period;

  @Column(name = "wrong_value", length = 20, updatable = false)
  private String wrongValue;

  @Column(name = "correct_value", length = 20, updatable = false)
  private String correctValue;

  @Column(name = "wrong_missed", updatable = false)
  private Integer wrongMissed;

  @Column(name = "wrong_justified", updatable = false)
  private Integer wrongJustified;

  @Column(name = "correct_missed", updatable = false)
  private Integer correctMissed;

  @Column(name = "correct_justified", updatable = false)
  private Integer correctJustified;

  protected CorrectionItem() {}

  CorrectionItem(
      CorrectionAct act, int position, CorrectionLine line, Student student, Lesson lesson) {
    this.act = act;
    this.position = position;
    this.kind = line.kind();
    this.student = student;
    this.lesson = lesson;
    this.period = line.period();
    this.wrongValue = line.wrongValue();
    this.correctValue = line.correctValue();
    this.wrongMissed = line.wrongMissed();
    this.wrongJustified = line.wrongJustified();
    this.correctMissed = line.correctMissed();
    this.correctJustified = line.correctJustified();
  }

  public CorrectionLine line() {
    return new CorrectionLine(
        kind,
        student.getId(),
        lesson == null ? null : lesson.getId(),
        period,
        wrongValue,
        correctValue,
        wrongMissed,
        wrongJustified,
        correctMissed,
        correctJustified);
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public CorrectionKind getKind() {
    return kind;
  }

  public Student getStudent() {
    return student;
  }

  public Lesson getLesson() {
    return lesson;
  }
}
