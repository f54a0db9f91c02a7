package lt.dienynas.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.school.ClassLevel;
import lt.dienynas.school.CurriculumLine;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;

/**
 * Which marks a group may get in a subject: the rule for the grade and subject, else the grade's
 * rule for every subject, else the grade's default ({@link AssessmentRule#defaultScales}).
 */
@Stateless
public class AssessmentRules {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  /** The grade of a group's class: 0 for pre-primary, none for pre-school or a classless group. */
  public static Optional<Integer> gradeOf(StudyGroup group) {
    Optional<SchoolClass> schoolClass = group.getSchoolClass();
    if (schoolClass.isEmpty() || schoolClass.get().getLevel() == ClassLevel.PRESCHOOL) {
      return Optional.empty();
    }
    if (schoolClass.get().getLevel() == ClassLevel.PREPRIMARY) {
      return Optional.of(CurriculumLine.PREPRIMARY_GRADE);
    }
    return schoolClass.get().getGrade();
  }

  /** The scales allowed in this group for this subject (the callers have checked access). */
  @PermitAll
  public Set<MarkScale> allowedFor(StudyGroup group, Subject subject) {
    Optional<Integer> grade = gradeOf(group);
    if (grade.isEmpty()) {
      return AssessmentRule.defaultScales(grade);
    }
    List<AssessmentRule> rules =
        em.createNamedQuery(AssessmentRule.FOR_GRADE, AssessmentRule.class)
            .setParameter("yearId", group.getSchoolYear().getId())
            .setParameter("grade", grade.get())
            .setParameter("subjectId", subject.getId())
            .getResultList();
    return rules.stream()
        .filter(r -> r.getSubject().isPresent())
        .findFirst()
        .or(() -> rules.stream().findFirst())
        .map(AssessmentRule::scales)
        .orElseGet(() -> AssessmentRule.defaultScales(grade));
  }

  /**
   * Sets the scales a grade allows in a subject ({@code subjectId} null: in every subject without
   * its own rule).
   *
   * @throws BusinessException {@code schoolYear.readOnly}, {@code curriculumLine.grade}, {@code
   *     assessmentRule.noScale} or {@code assessmentRule.unknown}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void define(long schoolYearId, int grade, Long subjectId, Set<MarkScale> scales) {
    policy.requireAdministration("ASSESSMENT_RULE_DEFINE");
    SchoolYear year = em.find(SchoolYear.class, schoolYearId);
    Subject subject = subjectId == null ? null : em.find(Subject.class, subjectId);
    if (year == null || (subjectId != null && subject == null)) {
      throw new BusinessException("assessmentRule.unknown");
    }
    Optional<AssessmentRule> existing =
        em
            .createNamedQuery(AssessmentRule.FOR_GRADE, AssessmentRule.class)
            .setParameter("yearId", schoolYearId)
            .setParameter("grade", grade)
            .setParameter("subjectId", subjectId == null ? -1L : subjectId)
            .getResultList()
            .stream()
            .filter(
                r ->
                    subjectId == null
                        ? r.getSubject().isEmpty()
                        : r.getSubject().map(s -> s.getId().equals(subjectId)).orElse(false))
            .findFirst();
    if (existing.isPresent()) {
      existing.get().allow(scales);
    } else {
      em.persist(new AssessmentRule(year, grade, subject, scales));
    }
  }
}
