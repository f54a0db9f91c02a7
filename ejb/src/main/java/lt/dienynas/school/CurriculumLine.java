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
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/** Ugdymo plano eilutė: weekly lessons of a subject in a grade (0 = pre-primary) for a year. */
@Entity
@Table(name = "curriculum_line")
@NamedQuery(
    name = CurriculumLine.FIND_BY_YEAR,
    query =
        "SELECT l FROM CurriculumLine l JOIN FETCH l.subject WHERE l.schoolYear = :year"
            + " ORDER BY l.grade, l.subject.name")
public class CurriculumLine implements Serializable {
  public static final String FIND_BY_YEAR = "CurriculumLine.findByYear";

  public static final int PREPRIMARY_GRADE = 0;
  public static final int MAX_WEEKLY_LESSONS = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Column(name = "grade", nullable = false, updatable = false)
  private int grade;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subject_id", nullable = false, updatable = false)
  private Subject subject;

  @Column(name = "weekly_lessons", nullable = false)
  private int weeklyLessons;

  protected CurriculumLine() {}

  /**
   * @throws BusinessException {@code schoolYear.readOnly}, {@code curriculumLine.grade} or {@code
   *     curriculumLine.weeklyLessons}
   */
  public CurriculumLine(SchoolYear schoolYear, int grade, Subject subject, int weeklyLessons) {
    Objects.requireNonNull(schoolYear, "schoolYear").requireWritable();
    if (grade < PREPRIMARY_GRADE || grade > SchoolClass.LAST_GRADE) {
      throw new BusinessException("curriculumLine.grade", grade);
    }
    this.schoolYear = schoolYear;
    this.grade = grade;
    this.subject = Objects.requireNonNull(subject, "subject");
    changeWeeklyLessons(weeklyLessons);
  }

  /**
   * @throws BusinessException {@code schoolYear.readOnly} or {@code curriculumLine.weeklyLessons}
   */
  public void changeWeeklyLessons(int lessons) {
    schoolYear.requireWritable();
    if (lessons < 0 || lessons > MAX_WEEKLY_LESSONS) {
      throw new BusinessException("curriculumLine.weeklyLessons", lessons);
    }
    this.weeklyLessons = lessons;
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public int getGrade() {
    return grade;
  }

  public Subject getSubject() {
    return subject;
  }

  public int getWeeklyLessons() {
    return weeklyLessons;
  }
}
