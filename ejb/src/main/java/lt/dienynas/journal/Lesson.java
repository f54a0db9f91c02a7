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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.timetable.TimetableSlot;

/**
 * Pamoka: one lesson of a group on a date, generated from the timetable or added by hand, with what
 * the teacher (or the substitute) wrote about it.
 */
@Entity
@Table(name = "lesson")
@NamedQuery(
    name = Lesson.OF_GROUP_BETWEEN,
    query = "SELECT l FROM Lesson l WHERE l.group = :group AND l.lessonDate BETWEEN :from AND :to")
@NamedQuery(
    name = Lesson.OF_TEACHER_FROM,
    query = "SELECT l FROM Lesson l WHERE l.teacher.id = :teacherId AND l.lessonDate >= :from")
@NamedQuery(
    name = Lesson.OF_SLOT_FROM,
    query = "SELECT l FROM Lesson l WHERE l.slot = :slot AND l.lessonDate >= :from")
@NamedQuery(
    name = Lesson.MOVED_FROM_BETWEEN,
    query =
        "SELECT l FROM Lesson l WHERE l.group = :group AND l.movedFromDate BETWEEN :from AND :to")
public class Lesson {
  public static final String MOVED_FROM_BETWEEN = "Lesson.movedFromBetween";
  public static final String OF_SLOT_FROM = "Lesson.ofSlotFrom";
  public static final String OF_GROUP_BETWEEN = "Lesson.ofGroupBetween";
  public static final String OF_TEACHER_FROM = "Lesson.ofTeacherFrom";

  public static final int TOPIC_LENGTH = 500;
  public static final int TEXT_LENGTH = 2000;
  public static final int MOVE_REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private StudyGroup group;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subject_id", nullable = false, updatable = false)
  private Subject subject;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "teacher_id", nullable = false, updatable = false)
  private StaffMember teacher;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "substitute_id")
  private StaffMember substitute;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "timetable_slot_id", updatable = false)
  private TimetableSlot slot;

  @Column(name = "lesson_date", nullable = false)
  private LocalDate lessonDate;

  @Column(name = "lesson_number", nullable = false)
  private int lessonNumber;

  /** Where the lesson was before it first moved (§23.13); null for one never moved. */
  @Column(name = "moved_from_date")
  private LocalDate movedFromDate;

  @Column(name = "moved_from_number")
  private Integer movedFromNumber;

  @Column(name = "move_reason", length = MOVE_REASON_LENGTH)
  private String moveReason;

  @Column(name = "topic", length = TOPIC_LENGTH)
  private String topic;

  @Column(name = "homework", length = TEXT_LENGTH)
  private String homework;

  @Column(name = "homework_due")
  private LocalDate homeworkDue;

  @Column(name = "notes", length = TEXT_LENGTH)
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(name = "not_held_reason", length = 30)
  private NotHeldReason notHeldReason;

  @Column(name = "distance", nullable = false)
  private boolean distance;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected Lesson() {}

  /**
   * @param slot the weekly lesson it was generated from; {@code null} for one added by hand
   * @throws BusinessException {@code timetable.lessonNumber}, {@code schoolYear.outside} or {@code
   *     schoolYear.readOnly}
   */
  public Lesson(
      StudyGroup group,
      Subject subject,
      StaffMember teacher,
      LocalDate date,
      int lessonNumber,
      TimetableSlot slot) {
    Objects.requireNonNull(group, "group");
    SchoolYear year = group.getSchoolYear();
    year.requireWritable();
    Objects.requireNonNull(date, "date");
    if (!year.contains(date)) {
      throw new BusinessException("schoolYear.outside", date, date, year.getName());
    }
    if (lessonNumber < TimetableSlot.FIRST_LESSON || lessonNumber > TimetableSlot.LAST_LESSON) {
      throw new BusinessException("timetable.lessonNumber", lessonNumber);
    }
    this.group = group;
    this.subject = Objects.requireNonNull(subject, "subject");
    this.teacher = Objects.requireNonNull(teacher, "teacher");
    this.lessonDate = date;
    this.lessonNumber = lessonNumber;
    this.slot = slot;
  }

  /**
   * Writes the lesson's record.
   *
   * @throws BusinessException {@code lesson.topicLength}, {@code lesson.textLength}, {@code
   *     lesson.homeworkDue} (a due date needs homework and cannot be before the lesson)
   */
  void record(LessonRecord record) {
    Objects.requireNonNull(record, "record");
    String newTopic = trimmed(record.topic());
    if (newTopic != null && newTopic.length() > TOPIC_LENGTH) {
      throw new BusinessException("lesson.topicLength", TOPIC_LENGTH);
    }
    String newHomework = trimmed(record.homework());
    String newNotes = trimmed(record.notes());
    if ((newHomework != null && newHomework.length() > TEXT_LENGTH)
        || (newNotes != null && newNotes.length() > TEXT_LENGTH)) {
      throw new BusinessException("lesson.textLength", TEXT_LENGTH);
    }
    if (record.homeworkDue() != null
        && (newHomework == null || record.homeworkDue().isBefore(lessonDate))) {
      throw new BusinessException("lesson.homeworkDue", record.homeworkDue(), lessonDate);
    }
    this.topic = newTopic;
    this.homework = newHomework;
    this.homeworkDue = newHomework == null ? null : record.homeworkDue();
    this.notes = newNotes;
    this.notHeldReason = record.notHeldReason();
    this.distance = record.distance();
  }

  /**
   * The lesson is given by a substitute (§23.16), or again by its own teacher ({@code null}).
   *
   * @throws BusinessException {@code staff.inactive} or {@code lesson.substituteSelf}
   */
  void substituteBy(StaffMember newSubstitute) {
    if (newSubstitute != null) {
      newSubstitute.requireActive();
      if (newSubstitute.getId().equals(teacher.getId())) {
        throw new BusinessException("lesson.substituteSelf", teacher.getFullName());
      }
    }
    this.substitute = newSubstitute;
  }

  /**
   * The day was marked (§23.3, §23.15): the lesson did not take place for this reason ({@code
   * null}: it did after all).
   */
  void markNotHeld(NotHeldReason reason) {
    this.notHeldReason = reason;
  }

  /** The day was marked as a remote-teaching day ({@code false}: the mark was taken back). */
  void markDistance(boolean remote) {
    this.distance = remote;
  }

  /**
   * The lesson moves to another date or lesson number (§23.13); the first place it was at and the
   * latest reason are kept.
   *
   * @throws BusinessException {@code schoolYear.outside}, {@code timetable.lessonNumber}, {@code
   *     lesson.moveSame}, {@code lesson.moveReason}
   */
  void moveTo(LocalDate date, int number, String reason) {
    Objects.requireNonNull(date, "date");
    SchoolYear year = group.getSchoolYear();
    if (!year.contains(date)) {
      throw new BusinessException("schoolYear.outside", date, date, year.getName());
    }
    if (number < TimetableSlot.FIRST_LESSON || number > TimetableSlot.LAST_LESSON) {
      throw new BusinessException("timetable.lessonNumber", number);
    }
    if (date.equals(lessonDate) && number == lessonNumber) {
      throw new BusinessException("lesson.moveSame", date, number);
    }
    String why = trimmed(reason);
    if (why == null || why.length() > MOVE_REASON_LENGTH) {
      throw new BusinessException("lesson.moveReason", MOVE_REASON_LENGTH);
    }
    if (movedFromDate == null) {
      movedFromDate = lessonDate;
      movedFromNumber = lessonNumber;
    }
    lessonDate = date;
    lessonNumber = number;
    moveReason = why;
  }

  /**
   * @throws BusinessException {@code lesson.notHeld} when the lesson did not take place
   */
  public void requireHeld() {
    if (notHeldReason != null) {
      throw new BusinessException("lesson.notHeld", lessonDate, lessonNumber);
    }
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
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

  public Optional<StaffMember> getSubstitute() {
    return Optional.ofNullable(substitute);
  }

  public Optional<TimetableSlot> getSlot() {
    return Optional.ofNullable(slot);
  }

  public LocalDate getLessonDate() {
    return lessonDate;
  }

  public int getLessonNumber() {
    return lessonNumber;
  }

  public Optional<String> getTopic() {
    return Optional.ofNullable(topic);
  }

  public Optional<String> getHomework() {
    return Optional.ofNullable(homework);
  }

  public Optional<LocalDate> getHomeworkDue() {
    return Optional.ofNullable(homeworkDue);
  }

  public Optional<String> getNotes() {
    return Optional.ofNullable(notes);
  }

  public Optional<NotHeldReason> getNotHeldReason() {
    return Optional.ofNullable(notHeldReason);
  }

  public boolean isDistance() {
    return distance;
  }

  public Optional<LocalDate> getMovedFromDate() {
    return Optional.ofNullable(movedFromDate);
  }

  public Optional<Integer> getMovedFromNumber() {
    return Optional.ofNullable(movedFromNumber);
  }

  public Optional<String> getMoveReason() {
    return Optional.ofNullable(moveReason);
  }

  public int getVersion() {
    return version;
  }

  /** Nothing was written about it yet (it can go when the timetable changes). */
  public boolean isBlank() {
    return topic == null
        && homework == null
        && notes == null
        && notHeldReason == null
        && substitute == null
        && movedFromDate == null;
  }
}
