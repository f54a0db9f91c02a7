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
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.shared.BusinessException;

/** Pagyrimas, pastaba ar komentaras: a teacher's word about a student, shown in the diary. */
@Entity
@Table(name = "student_note")
public class StudentNote {
  public static final int TEXT_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "student_id", nullable = false, updatable = false)
  private Student student;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false, updatable = false)
  private Person author;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lesson_id", updatable = false)
  private Lesson lesson;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private StudentNoteKind kind;

  @Column(name = "note_date", nullable = false, updatable = false)
  private LocalDate noteDate;

  @Column(name = "note_text", length = TEXT_LENGTH, nullable = false, updatable = false)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  protected StudentNote() {}

  /**
   * @param lesson the lesson it was given in, if any
   * @throws BusinessException {@code studentNote.text}
   */
  public StudentNote(
      Student student,
      Person author,
      Lesson lesson,
      StudentNoteKind kind,
      LocalDate date,
      String text,
      LocalDateTime createdAt) {
    if (text == null || text.isBlank() || text.strip().length() > TEXT_LENGTH) {
      throw new BusinessException("studentNote.text", TEXT_LENGTH);
    }
    this.student = Objects.requireNonNull(student, "student");
    this.author = Objects.requireNonNull(author, "author");
    this.lesson = lesson;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.noteDate = Objects.requireNonNull(date, "date");
    this.text = text.strip();
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public Long getId() {
    return id;
  }

  public StudentNoteKind getKind() {
    return kind;
  }

  public LocalDate getNoteDate() {
    return noteDate;
  }

  public String getText() {
    return text;
  }
}
