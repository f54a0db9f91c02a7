package lt.dienynas.security;

import static lt.dienynas.security.Relations.CLASS_EXISTS;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may see the oversight of journal filling (§19.1, §19.5, §19.13, §20): the school's management
 * sees every teacher and class; the non-formal education organiser (§20) every teacher and group,
 * but only in the non-formal groups; a teacher sees their own list only. Guardians and students see
 * none of it.
 */
@Dependent
class OversightRules {
  private static final Role[] TEACHERS = {
    Role.TEACHER,
    Role.NON_FORMAL_TEACHER,
    Role.PRESCHOOL_TEACHER,
    Role.VDM_EDUCATOR,
    Role.CLASS_TEACHER
  };

  private static final String NON_FORMAL_GROUP =
      "SELECT 1 FROM study_group WHERE id = ?1 AND kind = 'NON_FORMAL'";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  /** The whole school's dashboard: the director, the deputies, the DB admin. */
  boolean mayOverseeSchool(Actor actor) {
    return actor.isSchoolWide();
  }

  /** The non-formal groups' dashboard: the organiser (§20) and the school's management. */
  boolean mayOverseeNonFormal(Actor actor) {
    return actor.isSchoolWide() || actor.has(Role.NON_FORMAL_ORGANISER);
  }

  /** One teacher's list: whoever oversees the scope, or the teacher themselves. */
  boolean mayReadTeacherList(Actor actor, boolean nonFormalOnly, long teacherId) {
    if (nonFormalOnly ? mayOverseeNonFormal(actor) : mayOverseeSchool(actor)) {
      return true;
    }
    return actor.personId() == teacherId && actor.hasAny(TEACHERS);
  }

  /** One class's list: the school's management only (the organiser oversees no classes). */
  boolean mayReadClassList(Actor actor, long classId) {
    return mayOverseeSchool(actor) && exists(CLASS_EXISTS, classId);
  }

  /** One non-formal group's list: whoever oversees the non-formal groups. */
  boolean mayReadNonFormalGroupList(Actor actor, long groupId) {
    return mayOverseeNonFormal(actor) && exists(NON_FORMAL_GROUP, groupId);
  }

  /** The monthly check of the diary (§19.13) is the deputy's. */
  boolean mayRecordMonthlyCheck(Actor actor) {
    return actor.has(Role.DEPUTY);
  }

  private boolean exists(String sql, long id) {
    return !em.createNativeQuery(sql)
        .setParameter(1, id)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
