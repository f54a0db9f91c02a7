package lt.dienynas.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Ankstyvasis perspėjimas: one crossing of a threshold by a student's figure. It stays open while
 * the figure stays over the threshold; only after it has cleared can the next crossing (and its
 * notice) happen.
 */
@Entity
@Table(name = "early_warning")
@NamedQuery(
    name = EarlyWarning.OPEN_OF_STUDENTS,
    query =
        "SELECT w FROM EarlyWarning w WHERE w.studentId IN :ids AND w.clearedOn IS NULL"
            + " ORDER BY w.id")
@NamedQuery(
    name = EarlyWarning.OF_STUDENT,
    query =
        "SELECT w FROM EarlyWarning w WHERE w.studentId = :id ORDER BY w.crossedOn DESC, w.id DESC")
public class EarlyWarning {
  public static final String OPEN_OF_STUDENTS = "EarlyWarning.openOfStudents";
  public static final String OF_STUDENT = "EarlyWarning.ofStudent";
  static final int FIGURE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "student_id", nullable = false, updatable = false)
  private long studentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 30, nullable = false, updatable = false)
  private EarlyWarningKind kind;

  @Column(name = "crossed_on", nullable = false, updatable = false)
  private LocalDate crossedOn;

  @Column(name = "figure", length = FIGURE_LENGTH, nullable = false, updatable = false)
  private String figure;

  @Column(name = "cleared_on")
  private LocalDate clearedOn;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected EarlyWarning() {}

  public EarlyWarning(long studentId, EarlyWarningKind kind, LocalDate crossedOn, String figure) {
    this.studentId = studentId;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.crossedOn = Objects.requireNonNull(crossedOn, "crossedOn");
    String text = Objects.requireNonNull(figure, "figure");
    this.figure = text.length() > FIGURE_LENGTH ? text.substring(0, FIGURE_LENGTH) : text;
  }

  /** The figure went back under the threshold on this day. */
  public void clear(LocalDate day) {
    if (clearedOn == null) {
      clearedOn = Objects.requireNonNull(day, "day");
    }
  }

  public Long getId() {
    return id;
  }

  public long getStudentId() {
    return studentId;
  }

  public EarlyWarningKind getKind() {
    return kind;
  }

  public LocalDate getCrossedOn() {
    return crossedOn;
  }

  public String getFigure() {
    return figure;
  }

  public Optional<LocalDate> getClearedOn() {
    return Optional.ofNullable(clearedOn);
  }
}
