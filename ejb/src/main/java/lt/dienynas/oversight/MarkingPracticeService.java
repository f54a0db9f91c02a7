package lt.dienynas.oversight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.assessment.AchievementLevel;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.AssessmentRule;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.school.CurriculumLine;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;

/**
 * Vertinimo praktika (§19.6): per teacher and subject, the distribution of the marks and of the
 * assessment kinds over a period, and the marks given against the school's agreed rules of which
 * scales a grade and subject allow. Two statements whatever the school's size: the marks counted
 * per teacher, subject, grade, scale, value and kind; and the year's rules.
 */
@Stateless
public class MarkingPracticeService {
  private static final String COUNTS =
      "SELECT m.recorded_by, CONCAT(t.first_name, ' ', t.last_name), s.id, s.name, c.level,"
          + " c.grade, m.scale, m.mark_value, m.kind, COUNT(*)"
          + " FROM mark m JOIN lesson l ON l.id = m.lesson_id"
          + " JOIN study_group g ON g.id = l.group_id"
          + " LEFT JOIN school_class c ON c.id = g.school_class_id"
          + " JOIN subject s ON s.id = l.subject_id JOIN person t ON t.id = m.recorded_by"
          + " WHERE g.school_year_id = ?1 AND l.lesson_date BETWEEN ?2 AND ?3"
          + " AND (?4 = 0 OR m.recorded_by = ?4)"
          + " GROUP BY m.recorded_by, t.first_name, t.last_name, s.id, s.name, c.level, c.grade,"
          + " m.scale, m.mark_value, m.kind"
          + " ORDER BY t.last_name, t.first_name, m.recorded_by, s.name, s.id";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  /**
   * The marking practice of every teacher ({@code teacherId} null: the school's management) or of
   * one (the management, or the teacher themselves) in the period.
   *
   * @throws BusinessException {@code oversight.yearUnknown}, {@code oversight.periodRequired},
   *     {@code oversight.periodOrder}, {@code oversight.periodOutsideYear}
   */
  @RolesAllowed({
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN,
    Role.Names.TEACHER,
    Role.Names.CLASS_TEACHER
  })
  public List<MarkingPractice> practice(long yearId, LocalDate from, LocalDate to, Long teacherId) {
    if (teacherId == null) {
      policy.requireSchoolWideRead("MARKING_PRACTICE");
    } else {
      policy.requireTeacherFillingList(false, teacherId);
    }
    SchoolYear year = em.find(SchoolYear.class, yearId);
    if (year == null) {
      throw new BusinessException("oversight.yearUnknown");
    }
    if (from == null || to == null) {
      throw new BusinessException("oversight.periodRequired");
    }
    if (to.isBefore(from)) {
      throw new BusinessException("oversight.periodOrder", from, to);
    }
    if (!year.contains(from) || !year.contains(to)) {
      throw new BusinessException(
          "oversight.periodOutsideYear", year.getStartDate(), year.getEndDate());
    }
    Map<String, Set<MarkScale>> rules = new HashMap<>();
    for (AssessmentRule rule :
        em.createNamedQuery(AssessmentRule.OF_YEAR, AssessmentRule.class)
            .setParameter("yearId", yearId)
            .getResultList()) {
      rules.put(
          rule.getGrade() + ":" + rule.getSubject().map(s -> s.getId().toString()).orElse("*"),
          rule.scales());
    }
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(COUNTS)
            .setParameter(1, yearId)
            .setParameter(2, from)
            .setParameter(3, to)
            .setParameter(4, teacherId == null ? 0L : teacherId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      long teacher = ((Number) r[0]).longValue();
      long subject = ((Number) r[2]).longValue();
      Tally tally =
          tallies.computeIfAbsent(
              teacher + ":" + subject,
              k -> new Tally(teacher, (String) r[1], subject, (String) r[3]));
      Optional<Integer> grade = gradeOf((String) r[4], r[5]);
      MarkScale scale = MarkScale.valueOf((String) r[6]);
      int count = ((Number) r[9]).intValue();
      tally.add(scale, (String) r[7], AssessmentKind.valueOf((String) r[8]), count);
      if (!allowed(rules, grade, subject).contains(scale)) {
        tally.outsideRules += count;
      }
    }
    return tallies.values().stream().map(Tally::practice).toList();
  }

  /** The grade of a class as the rules count it: 0 pre-primary, none for pre-school or none. */
  private static Optional<Integer> gradeOf(String level, Object grade) {
    if (level == null || "PRESCHOOL".equals(level)) {
      return Optional.empty();
    }
    if ("PREPRIMARY".equals(level)) {
      return Optional.of(CurriculumLine.PREPRIMARY_GRADE);
    }
    return Optional.of(((Number) grade).intValue());
  }

  /** As {@code AssessmentRules.allowedFor}: the subject's rule, else the grade's, else defaults. */
  private static Set<MarkScale> allowed(
      Map<String, Set<MarkScale>> rules, Optional<Integer> grade, long subjectId) {
    if (grade.isEmpty()) {
      return AssessmentRule.defaultScales(grade);
    }
    Set<MarkScale> own = rules.get(grade.get() + ":" + subjectId);
    if (own != null) {
      return own;
    }
    Set<MarkScale> general = rules.get(grade.get() + ":*");
    return general != null ? general : AssessmentRule.defaultScales(grade);
  }

  /** One teacher × subject being counted. */
  private static final class Tally {
    final long teacherId;
    final String teacherName;
    final long subjectId;
    final String subjectName;
    final int[] tenPoint = new int[10];
    final int[] levels = new int[AchievementLevel.values().length];
    final int[] kinds = new int[AssessmentKind.values().length];
    int passed;
    int failed;
    int descriptive;
    int exempt;
    int total;
    int outsideRules;
    long tenPointSum;
    int tenPointCount;

    Tally(long teacherId, String teacherName, long subjectId, String subjectName) {
      this.teacherId = teacherId;
      this.teacherName = teacherName;
      this.subjectId = subjectId;
      this.subjectName = subjectName;
    }

    void add(MarkScale scale, String value, AssessmentKind kind, int count) {
      total += count;
      kinds[kind.ordinal()] += count;
      switch (scale) {
        case TEN_POINT -> {
          int mark = Integer.parseInt(value);
          tenPoint[mark - 1] += count;
          tenPointSum += (long) mark * count;
          tenPointCount += count;
        }
        case ACHIEVEMENT_LEVEL -> levels[AchievementLevel.valueOf(value).ordinal()] += count;
        case PASS_FAIL -> {
          if ("PASSED".equals(value)) {
            passed += count;
          } else {
            failed += count;
          }
        }
        case DESCRIPTIVE -> descriptive += count;
        case EXEMPT -> exempt += count;
      }
    }

    MarkingPractice practice() {
      return new MarkingPractice(
          teacherId,
          teacherName,
          subjectId,
          subjectName,
          list(tenPoint),
          list(levels),
          passed,
          failed,
          descriptive,
          exempt,
          list(kinds),
          total,
          outsideRules,
          tenPointCount == 0 ? null : Math.round(tenPointSum * 100.0 / tenPointCount) / 100.0);
    }

    private static List<Integer> list(int[] counts) {
      List<Integer> list = new ArrayList<>(counts.length);
      for (int c : counts) {
        list.add(c);
      }
      return list;
    }
  }
}
