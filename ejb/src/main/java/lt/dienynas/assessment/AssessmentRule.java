package lt.dienynas.assessment;

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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.school.CurriculumLine;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.Subject;
import lt.dienynas.shared.BusinessException;

/**
 * Įvertinimų tipai: the scales a grade allows in one subject (or in every subject without a rule of
 * its own) for a school year. "Atleistas" is allowed wherever a mark is.
 */
@Entity
@Table(name = "assessment_rule")
@NamedQuery(
    name = AssessmentRule.FOR_GRADE,
    query =
        "SELECT r FROM AssessmentRule r WHERE r.schoolYear.id = :yearId AND r.grade = :grade"
            + " AND (r.subject IS NULL OR r.subject.id = :subjectId)")
@NamedQuery(
    name = AssessmentRule.OF_YEAR,
    query =
        "SELECT r FROM AssessmentRule r LEFT JOIN FETCH r.subject WHERE r.schoolYear.id = :yearId"
            + " ORDER BY r.grade")
public class AssessmentRule {
  public static final String FOR_GRADE = "AssessmentRule.forGrade";
  public static final String OF_YEAR = "AssessmentRule.ofYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Column(name = "grade", nullable = false, updatable = false)
  private int grade;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "subject_id", updatable = false)
  private Subject subject;

  @Column(name = "ten_point", nullable = false)
  private boolean tenPoint;

  @Column(name = "pass_fail", nullable = false)
  private boolean passFail;

  @Column(name = "achievement_levels", nullable = false)
  private boolean achievementLevels;

  @Column(name = "descriptive", nullable = false)
  private boolean descriptive;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected AssessmentRule() {}

  /**
   * @param subject {@code null} for every subject of the grade without a rule of its own
   * @throws BusinessException {@code schoolYear.readOnly}, {@code curriculumLine.grade} or {@code
   *     assessmentRule.noScale}
   */
  public AssessmentRule(SchoolYear schoolYear, int grade, Subject subject, Set<MarkScale> scales) {
    Objects.requireNonNull(schoolYear, "schoolYear").requireWritable();
    if (grade < CurriculumLine.PREPRIMARY_GRADE || grade > SchoolClass.LAST_GRADE) {
      throw new BusinessException("curriculumLine.grade", grade);
    }
    this.schoolYear = schoolYear;
    this.grade = grade;
    this.subject = subject;
    allow(scales);
  }

  /**
   * @throws BusinessException {@code schoolYear.readOnly} or {@code assessmentRule.noScale}
   */
  public void allow(Set<MarkScale> scales) {
    schoolYear.requireWritable();
    Set<MarkScale> chosen = EnumSet.noneOf(MarkScale.class);
    chosen.addAll(Objects.requireNonNull(scales, "scales"));
    chosen.remove(MarkScale.EXEMPT);
    if (chosen.isEmpty()) {
      throw new BusinessException("assessmentRule.noScale");
    }
    tenPoint = chosen.contains(MarkScale.TEN_POINT);
    passFail = chosen.contains(MarkScale.PASS_FAIL);
    achievementLevels = chosen.contains(MarkScale.ACHIEVEMENT_LEVEL);
    descriptive = chosen.contains(MarkScale.DESCRIPTIVE);
  }

  /** The scales allowed, "atleistas" included. */
  public Set<MarkScale> scales() {
    Set<MarkScale> scales = EnumSet.of(MarkScale.EXEMPT);
    if (tenPoint) {
      scales.add(MarkScale.TEN_POINT);
    }
    if (passFail) {
      scales.add(MarkScale.PASS_FAIL);
    }
    if (achievementLevels) {
      scales.add(MarkScale.ACHIEVEMENT_LEVEL);
    }
    if (descriptive) {
      scales.add(MarkScale.DESCRIPTIVE);
    }
    return scales;
  }

  /**
   * What a grade allows without a rule: achievement levels and descriptive assessment in the
   * pre-primary and primary grades (0–4), the ten-point scale in grades 5–8, pass / fail and
   * descriptive assessment in groups without a grade (non-formal, VDM, pre-school).
   */
  public static Set<MarkScale> defaultScales(Optional<Integer> grade) {
    if (grade.isEmpty()) {
      return EnumSet.of(MarkScale.PASS_FAIL, MarkScale.DESCRIPTIVE, MarkScale.EXEMPT);
    }
    return grade.get() <= 4
        ? EnumSet.of(MarkScale.ACHIEVEMENT_LEVEL, MarkScale.DESCRIPTIVE, MarkScale.EXEMPT)
        : EnumSet.of(MarkScale.TEN_POINT, MarkScale.EXEMPT);
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

  public Optional<Subject> getSubject() {
    return Optional.ofNullable(subject);
  }
}
