package lt.dienynas.classwork;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/**
 * Socialinė-pilietinė veikla (§21.12, §7.1): the hours one student of grades 5–8 did in one
 * social-civic activity, with the day, the activity and who confirmed it; counted against the
 * school's yearly norm.
 */
@Entity
@Table(name = "social_civic_entry")
@NamedQuery(
    name = SocialCivicEntry.OF_CLASS,
    query =
        "SELECT NEW lt.dienynas.classwork.SocialCivicEntryView(e.id, e.studentId, s.firstName,"
            + " s.lastName, e.date, e.activity, e.hours, e.confirmedBy, r.firstName, r.lastName,"
            + " e.version) FROM SocialCivicEntry e, Person s, Person r WHERE s.id = e.studentId"
            + " AND r.id = e.recordedBy AND e.classId = :classId"
            + " ORDER BY e.date DESC, e.id DESC")
@NamedQuery(
    name = SocialCivicEntry.OF_STUDENT,
    query =
        "SELECT NEW lt.dienynas.classwork.SocialCivicEntryView(e.id, e.studentId, s.firstName,"
            + " s.lastName, e.date, e.activity, e.hours, e.confirmedBy, r.firstName, r.lastName,"
            + " e.version) FROM SocialCivicEntry e, Person s, Person r WHERE s.id = e.studentId"
            + " AND r.id = e.recordedBy AND e.studentId = :studentId AND e.yearId = :yearId"
            + " ORDER BY e.date DESC, e.id DESC")
public class SocialCivicEntry {
  public static final String OF_CLASS = "SocialCivicEntry.ofClass";
  public static final String OF_STUDENT = "SocialCivicEntry.ofStudent";
  public static final int ACTIVITY_LENGTH = 300;
  public static final int CONFIRMED_BY_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_year_id", nullable = false, updatable = false)
  private long yearId;

  @Column(name = "school_class_id", nullable = false, updatable = false)
  private long classId;

  @Column(name = "student_id", nullable = false, updatable = false)
  private long studentId;

  @Column(name = "activity_date", nullable = false, updatable = false)
  private LocalDate date;

  @Column(name = "activity", length = ACTIVITY_LENGTH, nullable = false, updatable = false)
  private String activity;

  @Column(name = "hours", precision = 4, scale = 1, nullable = false, updatable = false)
  private BigDecimal hours;

  @Column(name = "confirmed_by", length = CONFIRMED_BY_LENGTH, nullable = false, updatable = false)
  private String confirmedBy;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private long recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  @Version private int version;

  protected SocialCivicEntry() {}

  /**
   * @throws BusinessException {@code classwork.socialCivic.hours} (0.5–24 hours, in half hours or
   *     tenths), {@code classwork.socialCivic.activity}, {@code classwork.socialCivic.confirmedBy}
   */
  public SocialCivicEntry(
      long yearId,
      long classId,
      long studentId,
      SocialCivicInput input,
      long recordedBy,
      LocalDateTime at) {
    this.yearId = yearId;
    this.classId = classId;
    this.studentId = studentId;
    this.date = Objects.requireNonNull(input.date(), "date");
    this.activity =
        ClassLogEntry.requireText(
            input.activity(), ACTIVITY_LENGTH, "classwork.socialCivic.activity");
    this.confirmedBy =
        ClassLogEntry.requireText(
            input.confirmedBy(), CONFIRMED_BY_LENGTH, "classwork.socialCivic.confirmedBy");
    this.hours = requireHours(input.hours());
    this.recordedBy = recordedBy;
    this.recordedAt = Objects.requireNonNull(at, "at");
  }

  /** Between half an hour and a day, to a tenth of an hour. */
  static BigDecimal requireHours(BigDecimal hours) {
    if (hours == null
        || hours.compareTo(new BigDecimal("0.5")) < 0
        || hours.compareTo(BigDecimal.valueOf(24)) > 0
        || hours.stripTrailingZeros().scale() > 1) {
      throw new BusinessException("classwork.socialCivic.hours");
    }
    return hours.setScale(1, RoundingMode.UNNECESSARY);
  }

  public Long getId() {
    return id;
  }

  public long getYearId() {
    return yearId;
  }

  public long getClassId() {
    return classId;
  }

  public long getStudentId() {
    return studentId;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getActivity() {
    return activity;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public long getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public int getVersion() {
    return version;
  }
}
