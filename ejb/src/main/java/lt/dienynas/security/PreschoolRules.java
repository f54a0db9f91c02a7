package lt.dienynas.security;

import static lt.dienynas.security.Relations.PRESCHOOL_GROUP;
import static lt.dienynas.security.Role.DEPUTY;
import static lt.dienynas.security.Role.PRESCHOOL_TEACHER;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;

/**
 * Who may see and fill a pre-school or pre-primary group's journal (§22): the pre-school teacher
 * assigned to <em>this group</em> (on the day written), the guardian of <em>this child</em>, and
 * the school's management; the deputy for education approves the monthly attendance sheet. Only
 * groups of kind {@code PRESCHOOL} count: a subject teacher's group is no pre-school group.
 */
@Dependent
class PreschoolRules {
  private static final String TEACHER_OF_GROUP =
      "SELECT 1 FROM teaching_assignment a JOIN study_group g ON g.id = a.group_id"
          + " AND g.kind = 'PRESCHOOL' WHERE a.teacher_id = ?1 AND a.group_id = ?2";

  private static final String TEACHER_OF_GROUP_ON =
      TEACHER_OF_GROUP + " AND a.valid_from <= ?3 AND (a.valid_to IS NULL OR a.valid_to >= ?3)";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  /** The group's journal: its pre-school teacher (now or before) and the management. */
  boolean mayRead(Actor actor, long groupId) {
    return (isManagement(actor) && exists(PRESCHOOL_GROUP, groupId))
        || (actor.has(PRESCHOOL_TEACHER) && exists(TEACHER_OF_GROUP, actor.personId(), groupId));
  }

  /** Fills the group's day: the pre-school teacher assigned to the group on that day. */
  boolean mayWrite(Actor actor, long groupId, LocalDate day) {
    return actor.has(PRESCHOOL_TEACHER)
        && !em.createNativeQuery(TEACHER_OF_GROUP_ON)
            .setParameter(1, actor.personId())
            .setParameter(2, groupId)
            .setParameter(3, Date.valueOf(day))
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  /** Approves or returns the group's monthly attendance sheet: the deputy for education. */
  boolean mayReviewSheet(Actor actor, long groupId) {
    return actor.has(DEPUTY) && exists(PRESCHOOL_GROUP, groupId);
  }

  private static boolean isManagement(Actor actor) {
    return actor.isSchoolWide();
  }

  private boolean exists(String sql, long id) {
    return !em.createNativeQuery(sql)
        .setParameter(1, id)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private boolean exists(String sql, long personId, long id) {
    return !em.createNativeQuery(sql)
        .setParameter(1, personId)
        .setParameter(2, id)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
