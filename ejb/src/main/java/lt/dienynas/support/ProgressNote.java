package lt.dienynas.support;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.shared.BusinessException;

/**
 * Individualios ugdymosi pažangos įrašas (§26.1, §27.1): what a specialist observed about a
 * supported student's progress on a day. Only its author changes it.
 */
@Entity
@Table(name = "progress_note")
public class ProgressNote {
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

  @Column(name = "note_date", nullable = false)
  private LocalDate noteDate;

  @Column(name = "note_text", length = TEXT_LENGTH, nullable = false)
  private String text;

  @Column(name = "written_at", nullable = false)
  private LocalDateTime writtenAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected ProgressNote() {}

  /**
   * @throws BusinessException {@code progressNote.text}, {@code progressNote.date}
   */
  public ProgressNote(
      Student student, Person author, LocalDate date, String text, LocalDateTime at) {
    this.student = Objects.requireNonNull(student, "student");
    this.author = Objects.requireNonNull(author, "author");
    change(date, text, at);
  }

  /**
   * @throws BusinessException {@code progressNote.text}, {@code progressNote.date}
   */
  public void change(LocalDate date, String newText, LocalDateTime at) {
    if (date == null || date.isAfter(at.toLocalDate())) {
      throw new BusinessException("progressNote.date");
    }
    String stripped = newText == null ? "" : newText.strip();
    if (stripped.isEmpty() || stripped.length() > TEXT_LENGTH) {
      throw new BusinessException("progressNote.text", TEXT_LENGTH);
    }
    this.noteDate = date;
    this.text = stripped;
    this.writtenAt = Objects.requireNonNull(at, "at");
  }

  /** The values the history records. */
  Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("studentId", student.getId());
    values.put("authorId", author.getId());
    values.put("date", noteDate);
    values.put("text", text);
    return values;
  }

  public Long getId() {
    return id;
  }

  public Student getStudent() {
    return student;
  }

  public Person getAuthor() {
    return author;
  }

  public LocalDate getNoteDate() {
    return noteDate;
  }

  public String getText() {
    return text;
  }

  public LocalDateTime getWrittenAt() {
    return writtenAt;
  }

  public int getVersion() {
    return version;
  }
}
