package lt.dienynas.preschool;

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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.shared.BusinessException;

/**
 * Vaiko lankomumas dieną: one entry per child per working day of the group — present, absent, or
 * late with the time the child came; an absence carries its justification (§22.7) once the document
 * is entered.
 */
@Entity
@Table(name = "preschool_attendance")
@NamedQuery(
    name = ChildAttendance.OF_DAY,
    query = "SELECT a FROM ChildAttendance a WHERE a.groupId = :groupId AND a.day = :day")
@NamedQuery(
    name = ChildAttendance.OF_RANGE,
    query =
        "SELECT a FROM ChildAttendance a WHERE a.groupId = :groupId"
            + " AND a.day BETWEEN :from AND :to ORDER BY a.day")
@NamedQuery(
    name = ChildAttendance.OF_CHILD,
    query =
        "SELECT a FROM ChildAttendance a WHERE a.groupId = :groupId AND a.studentId = :studentId"
            + " AND a.day BETWEEN :from AND :to ORDER BY a.day")
public class ChildAttendance {
  public static final String OF_DAY = "ChildAttendance.ofDay";
  public static final String OF_RANGE = "ChildAttendance.ofRange";
  public static final String OF_CHILD = "ChildAttendance.ofChild";

  /** The longest description of a justification document. */
  public static final int DOCUMENT_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Column(name = "student_id", nullable = false, updatable = false)
  private long studentId;

  @Column(name = "day", nullable = false, updatable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 10, nullable = false)
  private PresenceStatus status;

  @Column(name = "arrived_at")
  private LocalTime arrivedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "justification", length = 20)
  private JustificationReason justification;

  @Column(name = "justification_doc", length = DOCUMENT_LENGTH)
  private String justificationDocument;

  @Column(name = "justified_by")
  private Long justifiedBy;

  @Column(name = "justified_at")
  private LocalDateTime justifiedAt;

  @Version private int version;

  protected ChildAttendance() {}

  ChildAttendance(long groupId, long studentId, LocalDate day) {
    this.groupId = groupId;
    this.studentId = studentId;
    this.day = Objects.requireNonNull(day, "day");
    this.status = PresenceStatus.PRESENT;
  }

  /**
   * Marks the child; a late child has the time they came, the others none. A child no longer absent
   * loses the justification.
   *
   * @throws BusinessException {@code preschool.lateTimeRequired}, {@code preschool.timeOnlyLate}
   */
  void mark(PresenceStatus newStatus, LocalTime arrived) {
    Objects.requireNonNull(newStatus, "status");
    if (newStatus == PresenceStatus.LATE && arrived == null) {
      throw new BusinessException("preschool.lateTimeRequired");
    }
    if (newStatus != PresenceStatus.LATE && arrived != null) {
      throw new BusinessException("preschool.timeOnlyLate");
    }
    status = newStatus;
    arrivedAt = arrived;
    if (newStatus != PresenceStatus.ABSENT) {
      justification = null;
      justificationDocument = null;
      justifiedBy = null;
      justifiedAt = null;
    }
  }

  /** Whether marking it so changes nothing. */
  boolean is(PresenceStatus other, LocalTime arrived) {
    return status == other && Objects.equals(arrivedAt, arrived);
  }

  /** The absence is justified by the document described (§22.7). */
  void justify(JustificationReason reason, String document, long by, LocalDateTime at) {
    if (status != PresenceStatus.ABSENT) {
      throw new BusinessException("preschool.justifyNotAbsent", day);
    }
    justification = Objects.requireNonNull(reason, "reason");
    justificationDocument = document;
    justifiedBy = by;
    justifiedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getGroupId() {
    return groupId;
  }

  public long getStudentId() {
    return studentId;
  }

  public LocalDate getDay() {
    return day;
  }

  public PresenceStatus getStatus() {
    return status;
  }

  public LocalTime getArrivedAt() {
    return arrivedAt;
  }

  public JustificationReason getJustification() {
    return justification;
  }

  public String getJustificationDocument() {
    return justificationDocument;
  }

  public LocalDateTime getJustifiedAt() {
    return justifiedAt;
  }

  public int getVersion() {
    return version;
  }
}
