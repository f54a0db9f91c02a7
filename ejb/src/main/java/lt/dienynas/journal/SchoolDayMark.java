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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;

/**
 * A marked school day (§23.3, §23.15): the lessons of the whole school ({@code schoolClass} null)
 * or of a class did not take place on that day for a reason (cold, heat, quarantine, a natural
 * disaster, another), or were given remotely.
 */
@Entity
@Table(name = "school_day_mark")
public class SchoolDayMark {
  public static final int NOTE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Column(name = "day_date", nullable = false, updatable = false)
  private LocalDate day;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "school_class_id", updatable = false)
  private SchoolClass schoolClass;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private SchoolDayKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", length = 30, updatable = false)
  private NotHeldReason reason;

  @Column(name = "note", length = NOTE_LENGTH, updatable = false)
  private String note;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "marked_by", nullable = false, updatable = false)
  private StaffMember markedBy;

  @Column(name = "marked_at", nullable = false, updatable = false)
  private LocalDateTime markedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected SchoolDayMark() {}

  SchoolDayMark(
      SchoolYear schoolYear,
      LocalDate day,
      SchoolClass schoolClass,
      SchoolDayKind kind,
      NotHeldReason reason,
      String note,
      StaffMember markedBy,
      LocalDateTime markedAt) {
    this.schoolYear = Objects.requireNonNull(schoolYear, "schoolYear");
    this.day = Objects.requireNonNull(day, "day");
    this.schoolClass = schoolClass;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.reason = kind == SchoolDayKind.NOT_HELD ? Objects.requireNonNull(reason, "reason") : null;
    this.note = note;
    this.markedBy = Objects.requireNonNull(markedBy, "markedBy");
    this.markedAt = Objects.requireNonNull(markedAt, "markedAt");
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public LocalDate getDay() {
    return day;
  }

  public Optional<SchoolClass> getSchoolClass() {
    return Optional.ofNullable(schoolClass);
  }

  public SchoolDayKind getKind() {
    return kind;
  }

  public Optional<NotHeldReason> getReason() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> getNote() {
    return Optional.ofNullable(note);
  }

  public StaffMember getMarkedBy() {
    return markedBy;
  }

  public LocalDateTime getMarkedAt() {
    return markedAt;
  }

  public int getVersion() {
    return version;
  }
}
