package lt.dienynas.security;

import static lt.dienynas.security.Role.DEPUTY;
import static lt.dienynas.security.Role.DIRECTOR;
import static lt.dienynas.security.Role.GUARDIAN;
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
  private static final String PRESCHOOL_GROUP =
      "SELECT 1 FROM study_group WHERE id = ?1 AND kind = 'PRESCHOOL'";

  private static final String TEACHER_OF_GROUP =
      "SELECT 1 FROM teaching_assignment a JOIN study_group g ON g.id = a.group_id"
          + " AND g.kind = 'PRESCHOOL' WHERE a.teacher_id = ?1 AND a.group_id = ?2";

  private static final String TEACHER_OF_GROUP_ON =
      TEACHER_OF_GROUP + " AND a.valid_from <= ?3 AND (a.valid_to IS NULL OR a.valid_to >= ?3)";

  /** The child was in a pre-school group while the person taught it (the periods overlap). */
  private static final String TEACHER_OF_CHILD =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id"
          + " AND g.kind = 'PRESCHOOL' JOIN teaching_assignment a ON a.group_id = g.id"
          + " WHERE a.teacher_id = ?1 AND m.student_id = ?2"
          + " AND m.valid_from <= COALESCE(a.valid_to, DATE '9999-12-31')"
          + " AND a.valid_from <= COALESCE(m.valid_to, DATE '9999-12-31')";

  private static final String GUARDIAN_OF =
      "SELECT 1 FROM guardianship WHERE guardian_id = ?1 AND student_id = ?2";

  private static final String PRESCHOOL_CHILD =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id"
          + " AND g.kind = 'PRESCHOOL' WHERE m.student_id = ?1";

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

  /** Sees which groups were not filled by 9:30 (§22.4): the deputy and the director. */
  boolean mayOversee(Actor actor) {
    return actor.hasAny(DEPUTY, DIRECTOR);
  }

  /** A child's pre-school attendance: their guardian, their pre-school teacher, the management. */
  boolean mayReadChild(Actor actor, long studentId) {
    return (actor.has(GUARDIAN) && exists(GUARDIAN_OF, actor.personId(), studentId))
        || (actor.has(PRESCHOOL_TEACHER) && exists(TEACHER_OF_CHILD, actor.personId(), studentId))
        || (isManagement(actor) && exists(PRESCHOOL_CHILD, studentId));
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
