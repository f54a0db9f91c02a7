package lt.dienynas.timetable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.shared.BusinessException;

/**
 * Tvarkaraščio pamoka: a group's weekly lesson (weekday, lesson number, subject, teacher, room),
 * valid from a date until the last day it is given ({@code validTo}), so that ending a leaving
 * teacher's lessons keeps what was taught before.
 */
@Entity
@Table(name = "timetable_slot")
@NamedQuery(
    name = TimetableSlot.IN_SAME_SLOT,
    query =
        "SELECT s FROM TimetableSlot s JOIN FETCH s.group JOIN FETCH s.teacher"
            + " WHERE s.schoolYear = :year AND s.weekday = :weekday"
            + " AND s.lessonNumber = :lessonNumber"
            + " AND (s.validTo IS NULL OR s.validTo >= :from)")
@NamedQuery(
    name = TimetableSlot.OF_GROUP_BETWEEN,
    query =
        "SELECT s FROM TimetableSlot s WHERE s.group = :group AND s.validFrom <= :to"
            + " AND (s.validTo IS NULL OR s.validTo >= :from)")
@NamedQuery(
    name = TimetableSlot.OF_TEACHER_FROM,
    query =
        "SELECT s FROM TimetableSlot s WHERE s.teacher.id = :teacherId"
            + " AND (s.validTo IS NULL OR s.validTo >= :from)")
public class TimetableSlot {
  public static final String IN_SAME_SLOT = "TimetableSlot.inSameSlot";
  public static final String OF_GROUP_BETWEEN = "TimetableSlot.ofGroupBetween";
  public static final String OF_TEACHER_FROM = "TimetableSlot.ofTeacherFrom";

  public static final int FIRST_LESSON = 0;
  public static final int LAST_LESSON = 12;
  public static final int ROOM_LENGTH = 20;

  /** What two lessons in the same slot have in common. */
  public enum Clash {
    TEACHER,
    GROUP,
    ROOM
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Column(name = "weekday", nullable = false, updatable = false)
  private int weekday;

  @Column(name = "lesson_number", nullable = false, updatable = false)
  private int lessonNumber;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private StudyGroup group;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subject_id", nullable = false, updatable = false)
  private Subject subject;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "teacher_id", nullable = false, updatable = false)
  private StaffMember teacher;

  @Column(name = "room", length = ROOM_LENGTH)
  private String room;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected TimetableSlot() {}

  /**
   * @throws BusinessException {@code timetable.weekday}, {@code timetable.lessonNumber}, {@code
   *     timetable.room}, {@code timetable.subject}, {@code schoolYear.outside}, {@code
   *     schoolYear.readOnly} or {@code staff.inactive}
   */
  public TimetableSlot(
      StudyGroup group,
      Subject subject,
      StaffMember teacher,
      DayOfWeek weekday,
      int lessonNumber,
      String room,
      LocalDate validFrom) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(teacher, "teacher").requireActive();
    Objects.requireNonNull(validFrom, "validFrom");
    SchoolYear year = group.getSchoolYear();
    year.requireWritable();
    if (weekday == null || weekday.getValue() > DayOfWeek.FRIDAY.getValue()) {
      throw new BusinessException("timetable.weekday");
    }
    if (lessonNumber < FIRST_LESSON || lessonNumber > LAST_LESSON) {
      throw new BusinessException("timetable.lessonNumber", lessonNumber);
    }
    if (!year.contains(validFrom)) {
      throw new BusinessException("schoolYear.outside", validFrom, validFrom, year.getName());
    }
    if (group.getSubject().filter(s -> s != subject).isPresent()) {
      throw new BusinessException("timetable.subject", subject.getName(), group.getName());
    }
    String trimmedRoom = room == null || room.isBlank() ? null : room.strip();
    if (trimmedRoom != null && trimmedRoom.length() > ROOM_LENGTH) {
      throw new BusinessException("timetable.room", trimmedRoom);
    }
    this.schoolYear = year;
    this.group = group;
    this.subject = subject;
    this.teacher = teacher;
    this.weekday = weekday.getValue();
    this.lessonNumber = lessonNumber;
    this.room = trimmedRoom;
    this.validFrom = validFrom;
  }

  /**
   * What this lesson shares with another lesson of the same weekday and number while both are
   * valid: the teacher, the students (the same group, or a class and a group of that class), or the
   * room.
   */
  public Optional<Clash> clashWith(TimetableSlot other) {
    if (other.weekday != weekday
        || other.lessonNumber != lessonNumber
        || !overlaps(other.validFrom, other.validTo)) {
      return Optional.empty();
    }
    if (sameId(other.teacher.getId(), teacher.getId())) {
      return Optional.of(Clash.TEACHER);
    }
    if (sharesStudents(other.group)) {
      return Optional.of(Clash.GROUP);
    }
    if (room != null && other.room != null && room.equalsIgnoreCase(other.room)) {
      return Optional.of(Clash.ROOM);
    }
    return Optional.empty();
  }

  private boolean sharesStudents(StudyGroup other) {
    if (sameId(other.getId(), group.getId())) {
      return true;
    }
    boolean sameClass =
        group.getSchoolClass().isPresent()
            && other.getSchoolClass().isPresent()
            && sameId(group.getSchoolClass().get().getId(), other.getSchoolClass().get().getId());
    return sameClass && (group.getKind() == GroupKind.CLASS || other.getKind() == GroupKind.CLASS);
  }

  private static boolean sameId(Long a, Long b) {
    return a != null && a.equals(b);
  }

  private boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
    return (otherTo == null || !otherTo.isBefore(validFrom))
        && (validTo == null || !validTo.isBefore(otherFrom));
  }

  /** Whether the lesson is given on this date (its weekday, within its validity). */
  public boolean isGivenOn(LocalDate date) {
    return date.getDayOfWeek().getValue() == weekday
        && !date.isBefore(validFrom)
        && (validTo == null || !date.isAfter(validTo));
  }

  /**
   * The lesson is no longer given from {@code firstDayWithout}.
   *
   * @return false when it was never given before that day (the caller removes it instead)
   */
  public boolean endBefore(LocalDate firstDayWithout) {
    schoolYear.requireWritable();
    if (!firstDayWithout.isAfter(validFrom)) {
      return false;
    }
    LocalDate lastDay = firstDayWithout.minusDays(1);
    if (validTo == null || validTo.isAfter(lastDay)) {
      validTo = lastDay;
    }
    return true;
  }

  public int getVersion() {
    return version;
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public DayOfWeek getWeekday() {
    return DayOfWeek.of(weekday);
  }

  public int getLessonNumber() {
    return lessonNumber;
  }

  public StudyGroup getGroup() {
    return group;
  }

  public Subject getSubject() {
    return subject;
  }

  public StaffMember getTeacher() {
    return teacher;
  }

  public Optional<String> getRoom() {
    return Optional.ofNullable(room);
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public Optional<LocalDate> getValidTo() {
    return Optional.ofNullable(validTo);
  }
}
