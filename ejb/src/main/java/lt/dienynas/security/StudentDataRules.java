package lt.dienynas.security;

import static lt.dienynas.security.Relations.ACTIVE_ASSIGNMENT;
import static lt.dienynas.security.Relations.ACTIVE_MEMBER;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_GROUP;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_GUARDIANS_CHILD;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_STUDENT;
import static lt.dienynas.security.Relations.GROUP_EXISTS;
import static lt.dienynas.security.Relations.STUDENT_EXISTS;
import static lt.dienynas.security.Relations.TEACHER_OF_GROUP_NOW;
import static lt.dienynas.security.Relations.TEACHES_SUBJECT_TO_STUDENT;
import static lt.dienynas.security.Role.CLASS_TEACHER;
import static lt.dienynas.security.Role.DB_ADMIN;
import static lt.dienynas.security.Role.PRESCHOOL_TEACHER;
import static lt.dienynas.security.Role.TEACHER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import lt.dienynas.shared.SchoolClock;

/**
 * Who may correct a student's data and their guardians' links, a guardian's data and a group's
 * members (issue 21; §21.1, §22.2, §22.11–22.12, §23.1, §23.14): the DB admin, the class teacher of
 * the student's class (of one of the guardian's children), the pre-school teacher of the student's
 * group; a subject teacher their own subject and home-schooling groups, and a home-schooling group
 * of a subject they teach the student. A student's or guardian's first login (§18.3, §21.3) is
 * given by the DB admin or the class teacher of the student's class (of the guardian's child's
 * class).
 */
@Dependent
class StudentDataRules {
  /** The pre-school teacher teaches the pre-school group the student is in now. */
  private static final String PRESCHOOL_TEACHER_OF_STUDENT =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'PRESCHOOL'"
          + " JOIN teaching_assignment a ON a.group_id = g.id"
          + " WHERE a.teacher_id = ?1 AND m.student_id = ?2 AND "
          + ACTIVE_MEMBER
          + " AND "
          + ACTIVE_ASSIGNMENT;

  private static final String PRESCHOOL_TEACHER_OF_GUARDIANS_CHILD =
      "SELECT 1 FROM guardianship gs JOIN group_member m ON m.student_id = gs.student_id"
          + " JOIN study_group g ON g.id = m.group_id AND g.kind = 'PRESCHOOL'"
          + " JOIN teaching_assignment a ON a.group_id = g.id"
          + " WHERE a.teacher_id = ?1 AND gs.guardian_id = ?2 AND "
          + ACTIVE_MEMBER
          + " AND "
          + ACTIVE_ASSIGNMENT;

  /** The person teaches this subject or home-schooling group now (or from a coming date). */
  private static final String SUBJECT_TEACHER_OF_OWN_GROUP =
      "SELECT 1 FROM teaching_assignment a JOIN study_group g ON g.id = a.group_id"
          + " AND g.kind IN ('SUBJECT', 'HOME_SCHOOLING') WHERE a.teacher_id = ?1"
          + " AND a.group_id = ?2 AND "
          + ACTIVE_ASSIGNMENT;

  private static final String IS_GUARDIAN = "SELECT 1 FROM guardian WHERE person_id = ?1";

  private static final String PERSON_EXISTS = "SELECT 1 FROM person WHERE id = ?1";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  boolean mayWriteStudentData(Actor actor, long studentId) {
    return (actor.has(DB_ADMIN) && Relations.exists(em, STUDENT_EXISTS, studentId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_STUDENT, actor, studentId))
        || (actor.has(PRESCHOOL_TEACHER) && exists(PRESCHOOL_TEACHER_OF_STUDENT, actor, studentId));
  }

  /** The group list links to its students' data then. */
  boolean mayWriteStudentDataOfGroup(Actor actor, long groupId) {
    return (actor.has(DB_ADMIN) && Relations.exists(em, GROUP_EXISTS, groupId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_GROUP, actor, groupId))
        || (actor.has(PRESCHOOL_TEACHER) && exists(TEACHER_OF_GROUP_NOW, actor, groupId));
  }

  boolean mayWriteGuardianData(Actor actor, long guardianId) {
    return (actor.has(DB_ADMIN) && Relations.exists(em, IS_GUARDIAN, guardianId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_GUARDIANS_CHILD, actor, guardianId))
        || (actor.has(PRESCHOOL_TEACHER)
            && exists(PRESCHOOL_TEACHER_OF_GUARDIANS_CHILD, actor, guardianId));
  }

  boolean mayWriteGroupMembership(Actor actor, long groupId) {
    return (actor.has(DB_ADMIN) && Relations.exists(em, GROUP_EXISTS, groupId))
        || (actor.has(TEACHER) && exists(SUBJECT_TEACHER_OF_OWN_GROUP, actor, groupId));
  }

  boolean mayCreateHomeSchoolingGroup(Actor actor, long studentId, long subjectId) {
    return (actor.has(DB_ADMIN) && Relations.exists(em, STUDENT_EXISTS, studentId))
        || (actor.has(TEACHER)
            && Relations.exists(
                em, TEACHES_SUBJECT_TO_STUDENT, actor.personId(), studentId, subjectId));
  }

  boolean mayIssueCredentials(Actor actor, long personId) {
    return (actor.has(DB_ADMIN) && Relations.exists(em, PERSON_EXISTS, personId))
        || (actor.has(CLASS_TEACHER)
            && (exists(CLASS_TEACHER_OF_STUDENT, actor, personId)
                || exists(CLASS_TEACHER_OF_GUARDIANS_CHILD, actor, personId)));
  }

  private boolean exists(String sql, Actor actor, long targetId) {
    return Relations.exists(em, clock, sql, actor.personId(), targetId);
  }
}
