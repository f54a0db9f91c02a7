package lt.dienynas.security;

import static lt.dienynas.security.Relations.ACTIVE_ASSIGNMENT;
import static lt.dienynas.security.Relations.ACTIVE_MEMBER;
import static lt.dienynas.security.Relations.PRESCHOOL_GROUP;
import static lt.dienynas.security.Role.DEPUTY;
import static lt.dienynas.security.Role.DIRECTOR;
import static lt.dienynas.security.Role.GUARDIAN;
import static lt.dienynas.security.Role.PRESCHOOL_TEACHER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import lt.dienynas.shared.SchoolClock;

/**
 * Who may see and write the pre-school group's education records (§22.1, §22.5, §22.10, §22.15–
 * 22.16): the pre-school teacher assigned to the group writes its day rhythm, weekly plans and
 * reflections and its children's achievement steps; the deputy for education and the director read
 * every pre-school group's; a guardian reads their own child's. A group of another kind is no
 * pre-school group: nobody gets it through these rules.
 */
@Dependent
class PreschoolEducationRules {

  private static final String TEACHER_OF_PRESCHOOL_GROUP =
      "SELECT 1 FROM teaching_assignment a JOIN study_group g ON g.id = a.group_id"
          + " AND g.kind = 'PRESCHOOL' WHERE a.teacher_id = ?1 AND a.group_id = ?2 AND "
          + ACTIVE_ASSIGNMENT;

  private static final String IN_PRESCHOOL_GROUP =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id"
          + " AND g.kind = 'PRESCHOOL' WHERE m.student_id = ?1";

  private static final String GUARDIAN_OF_PRESCHOOL_CHILD =
      "SELECT 1 FROM guardianship gs JOIN group_member m ON m.student_id = gs.student_id"
          + " JOIN study_group g ON g.id = m.group_id AND g.kind = 'PRESCHOOL'"
          + " WHERE gs.guardian_id = ?1 AND gs.student_id = ?2";

  private static final String TEACHER_OF_PRESCHOOL_CHILD =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'PRESCHOOL'"
          + " JOIN teaching_assignment a ON a.group_id = g.id"
          + " WHERE a.teacher_id = ?1 AND m.student_id = ?2 AND "
          + ACTIVE_MEMBER
          + " AND "
          + ACTIVE_ASSIGNMENT;

  private static final String MEMBER_OF_GROUP =
      "SELECT 1 FROM group_member m WHERE m.group_id = ?1 AND m.student_id = ?2";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  /** The pre-school teacher assigned to this pre-school group now. */
  boolean isGroupTeacher(Actor actor, long groupId) {
    return actor.has(PRESCHOOL_TEACHER)
        && exists(TEACHER_OF_PRESCHOOL_GROUP, actor.personId(), groupId);
  }

  /** The group's teacher, or the deputy or the director for any pre-school group. */
  boolean mayReadGroup(Actor actor, long groupId) {
    return isGroupTeacher(actor, groupId)
        || (mayOversee(actor) && exists(PRESCHOOL_GROUP, groupId));
  }

  /** The group's teacher for a child who is (or was) in the group. */
  boolean mayAssessChild(Actor actor, long groupId, long studentId) {
    return isGroupTeacher(actor, groupId) && exists(MEMBER_OF_GROUP, groupId, studentId);
  }

  /**
   * A pre-school child's records: the child's guardian, the teacher of the child's group now, the
   * deputy or the director.
   */
  boolean mayReadChild(Actor actor, long studentId) {
    return (actor.has(GUARDIAN) && exists(GUARDIAN_OF_PRESCHOOL_CHILD, actor.personId(), studentId))
        || (actor.has(PRESCHOOL_TEACHER)
            && exists(TEACHER_OF_PRESCHOOL_CHILD, actor.personId(), studentId))
        || (mayOversee(actor) && exists(IN_PRESCHOOL_GROUP, studentId));
  }

  /** The school's management: the missing plans and the groups' reports. */
  boolean mayOversee(Actor actor) {
    return actor.has(DEPUTY) || actor.has(DIRECTOR);
  }

  /** Those who have pre-school groups or children to list. */
  boolean mayList(Actor actor) {
    return actor.has(PRESCHOOL_TEACHER) || actor.has(GUARDIAN) || mayOversee(actor);
  }

  private boolean exists(String sql, Object... ids) {
    return Relations.exists(em, clock, sql, ids);
  }
}
