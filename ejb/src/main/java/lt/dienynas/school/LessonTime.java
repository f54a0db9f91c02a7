package lt.dienynas.school;

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
import java.io.Serializable;
import java.time.LocalTime;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/** Pamokų laikas: when lesson number N of a school day starts and ends in a school year. */
@Entity
@Table(name = "lesson_time")
@NamedQuery(
    name = LessonTime.FIND_BY_YEAR,
    query = "SELECT t FROM LessonTime t WHERE t.schoolYear = :year ORDER BY t.lessonNumber")
public class LessonTime implements Serializable {
  public static final String FIND_BY_YEAR = "LessonTime.findByYear";

  /** Lesson 0 is the early lesson some schools have before the first one. */
  public static final int MIN_NUMBER = 0;

  public static final int MAX_NUMBER = 12;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Column(name = "lesson_number", nullable = false, updatable = false)
  private int lessonNumber;

  @Column(name = "starts_at", nullable = false)
  private LocalTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalTime endsAt;

  protected LessonTime() {}

  /**
   * @throws BusinessException {@code schoolYear.readOnly}, {@code lessonTime.number} or {@code
   *     lessonTime.order}
   */
  public LessonTime(SchoolYear schoolYear, int lessonNumber, LocalTime startsAt, LocalTime endsAt) {
    Objects.requireNonNull(schoolYear, "schoolYear").requireWritable();
    if (lessonNumber < MIN_NUMBER || lessonNumber > MAX_NUMBER) {
      throw new BusinessException("lessonTime.number", lessonNumber);
    }
    this.schoolYear = schoolYear;
    this.lessonNumber = lessonNumber;
    reschedule(startsAt, endsAt);
  }

  /**
   * @throws BusinessException {@code schoolYear.readOnly} or {@code lessonTime.order}
   */
  public void reschedule(LocalTime newStart, LocalTime newEnd) {
    schoolYear.requireWritable();
    Objects.requireNonNull(newStart, "startsAt");
    Objects.requireNonNull(newEnd, "endsAt");
    if (!newStart.isBefore(newEnd)) {
      throw new BusinessException("lessonTime.order", lessonNumber, newStart, newEnd);
    }
    this.startsAt = newStart;
    this.endsAt = newEnd;
  }

  /** Whether this lesson's time overlaps another's (the bell schedule must not). */
  public boolean overlaps(LessonTime other) {
    return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public int getLessonNumber() {
    return lessonNumber;
  }

  public LocalTime getStartsAt() {
    return startsAt;
  }

  public LocalTime getEndsAt() {
    return endsAt;
  }
}
