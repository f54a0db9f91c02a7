package lt.dienynas.security;

import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_STUDENT;
import static lt.dienynas.security.Relations.GUARDIAN_OF;
import static lt.dienynas.security.Relations.TEACHER_OF_STUDENT;
import static lt.dienynas.security.Relations.TODAY;
import static lt.dienynas.security.Relations.VDM_CLASS_GROUPS;
import static lt.dienynas.security.Role.CLASS_TEACHER;
import static lt.dienynas.security.Role.GUARDIAN;
import static lt.dienynas.security.Role.STUDENT;
import static lt.dienynas.security.Role.VDM_EDUCATOR;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import lt.dienynas.shared.SchoolClock;

/**
 * Who reads a student's diary — marks, attendance, remarks (§17.5, §21, §24–§27) — and who writes
 * praise, remarks and comments into it: the school's management, the student's guardians, the
 * student themselves from grade 5 to 8, their class teacher, a teacher who taught them, their VDM
 * educator, and a specialist while supporting them. Only the teachers write notes.
 */
@Dependent
class DiaryRules {
  private static final String VDM_EDUCATOR_OF_STUDENT =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
          + " WHERE m.student_id = ?2 AND g.school_class_id IN ("
          + VDM_CLASS_GROUPS
          + ")";

  /** Support that has not ended: an ended assignment no longer opens the student's diary. */
  private static final String SUPPORTS_STUDENT =
      "SELECT 1 FROM student_support WHERE specialist_id = ?1 AND student_id = ?2"
          + " AND (valid_to IS NULL OR valid_to >= "
          + TODAY
          + ")";

  private static final String IS_STUDENT_OF_UPPER_GRADE =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
          + " JOIN school_class c ON c.id = g.school_class_id"
          + " WHERE m.student_id = ?2 AND c.level = 'GRADE' AND c.grade BETWEEN 5 AND 8"
          + " AND ?1 = ?2";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  boolean mayReadStudentDiary(Actor actor, long studentId) {
    return actor.isSchoolWide()
        || isGuardianOf(actor, studentId)
        || (actor.has(STUDENT) && exists(IS_STUDENT_OF_UPPER_GRADE, actor, studentId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_STUDENT, actor, studentId))
        || (actor.hasAny(AccessPolicy.GROUP_TEACHERS)
            && exists(TEACHER_OF_STUDENT, actor, studentId))
        || (actor.has(VDM_EDUCATOR) && exists(VDM_EDUCATOR_OF_STUDENT, actor, studentId))
        || (actor.hasAny(AccessPolicy.SPECIALISTS) && exists(SUPPORTS_STUDENT, actor, studentId));
  }

  /** Their class teacher, a teacher of theirs, their VDM educator. */
  boolean mayWriteStudentNote(Actor actor, long studentId) {
    return (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_STUDENT, actor, studentId))
        || (actor.hasAny(AccessPolicy.GROUP_TEACHERS)
            && exists(TEACHER_OF_STUDENT, actor, studentId))
        || (actor.has(VDM_EDUCATOR) && exists(VDM_EDUCATOR_OF_STUDENT, actor, studentId));
  }

  /** A parent or guardian of the student (justification notes). */
  boolean isGuardianOf(Actor actor, long studentId) {
    return actor.has(GUARDIAN) && exists(GUARDIAN_OF, actor, studentId);
  }

  private boolean exists(String sql, Actor actor, long targetId) {
    return Relations.exists(em, clock, sql, actor.personId(), targetId);
  }
}
