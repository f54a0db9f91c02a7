package lt.dienynas.security;

import static lt.dienynas.security.Relations.ACTIVE_MEMBER;
import static lt.dienynas.security.Relations.CLASS_EXISTS;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_CLASS;
import static lt.dienynas.security.Relations.GUARDIAN_OF;
import static lt.dienynas.security.Relations.STUDENT_EXISTS;
import static lt.dienynas.security.Relations.TEACHER_OF_CLASS;
import static lt.dienynas.security.Role.CLASS_TEACHER;
import static lt.dienynas.security.Role.GUARDIAN;
import static lt.dienynas.security.Role.NON_FORMAL_TEACHER;
import static lt.dienynas.security.Role.PRESCHOOL_TEACHER;
import static lt.dienynas.security.Role.STUDENT;
import static lt.dienynas.security.Role.TEACHER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import lt.dienynas.shared.SchoolClock;

/**
 * Who may keep and read the class teacher's records (§21.6, §21.9, §21.12, §21.13): the class log
 * and the social-civic hours are written by the class teacher <em>of this class</em> only (not a
 * subject teacher of it, not another class's class teacher, not management); the school's
 * management reads every class's; a student reads their own hours (grades 5–8), a guardian their
 * child's; a class's events are read by its families, its teachers and management.
 */
@Dependent
class ClassTeacherRecordRules {

  /** The class teacher of the class the log entry belongs to. */
  private static final String CLASS_TEACHER_OF_LOG_ENTRY =
      "SELECT 1 FROM class_log_entry e JOIN school_class c ON c.id = e.school_class_id"
          + " WHERE e.id = ?2 AND c.class_teacher_id = ?1";

  private static final String CLASS_TEACHER_OF_SOCIAL_CIVIC_ENTRY =
      "SELECT 1 FROM social_civic_entry e JOIN school_class c ON c.id = e.school_class_id"
          + " WHERE e.id = ?2 AND c.class_teacher_id = ?1";

  /** The person is the student, in a class of grades 5–8 (younger ones do not log in, §17). */
  private static final String SELF_OF_UPPER_GRADE =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
          + " JOIN school_class c ON c.id = g.school_class_id"
          + " WHERE m.student_id = ?2 AND c.level = 'GRADE' AND c.grade BETWEEN 5 AND 8"
          + " AND ?1 = ?2";

  private static final String CLASS_TEACHER_OF_STUDENT =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
          + " JOIN school_class c ON c.id = g.school_class_id"
          + " WHERE c.class_teacher_id = ?1 AND m.student_id = ?2";

  private static final String MEMBER_OF_CLASS =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
          + " WHERE m.student_id = ?1 AND g.school_class_id = ?2 AND "
          + ACTIVE_MEMBER;

  private static final String GUARDIAN_OF_CLASS_MEMBER =
      "SELECT 1 FROM guardianship gs JOIN group_member m ON m.student_id = gs.student_id"
          + " JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
          + " WHERE gs.guardian_id = ?1 AND g.school_class_id = ?2 AND "
          + ACTIVE_MEMBER;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  /** The class's log: its class teacher and the school's management. */
  boolean mayReadClassLog(Actor actor, long classId) {
    return (actor.isSchoolWide() && exists(CLASS_EXISTS, classId))
        || isClassTeacherOf(actor, classId);
  }

  /** Only the class teacher of this class writes its log. */
  boolean mayWriteClassLog(Actor actor, long classId) {
    return isClassTeacherOf(actor, classId);
  }

  /** An entry is changed only by the class teacher of its class (the entity: only its author). */
  boolean mayChangeClassLogEntry(Actor actor, long entryId) {
    return actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_LOG_ENTRY, actor, entryId);
  }

  /** Which classes' logs are behind: the school's management (§19.13). */
  boolean mayOverseeClassLogs(Actor actor) {
    return actor.isSchoolWide();
  }

  /** The class's social-civic hours: its class teacher and the school's management. */
  boolean mayReadSocialCivic(Actor actor, long classId) {
    return mayReadClassLog(actor, classId);
  }

  /** Only the class teacher of this class records its students' social-civic activity (§21.12). */
  boolean mayWriteSocialCivic(Actor actor, long classId) {
    return isClassTeacherOf(actor, classId);
  }

  boolean mayRemoveSocialCivicEntry(Actor actor, long entryId) {
    return actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_SOCIAL_CIVIC_ENTRY, actor, entryId);
  }

  /**
   * One student's hours: the student (grades 5–8), their guardian, their class teacher and the
   * school's management.
   */
  boolean mayReadStudentSocialCivic(Actor actor, long studentId) {
    return (actor.isSchoolWide() && exists(STUDENT_EXISTS, studentId))
        || (actor.has(STUDENT) && exists(SELF_OF_UPPER_GRADE, actor, studentId))
        || (actor.has(GUARDIAN) && exists(GUARDIAN_OF, actor, studentId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_STUDENT, actor, studentId));
  }

  /**
   * A class's events and parents' meetings (§21.13): its students and their guardians, its class
   * teacher and teachers, and the school's management.
   */
  boolean mayReadClassEvents(Actor actor, long classId) {
    return (actor.isSchoolWide() && exists(CLASS_EXISTS, classId))
        || isClassTeacherOf(actor, classId)
        || (actor.has(STUDENT) && existsFor(MEMBER_OF_CLASS, actor.personId(), classId))
        || (actor.has(GUARDIAN) && exists(GUARDIAN_OF_CLASS_MEMBER, actor, classId))
        || (actor.hasAny(TEACHER, NON_FORMAL_TEACHER, PRESCHOOL_TEACHER)
            && exists(TEACHER_OF_CLASS, actor, classId));
  }

  private boolean isClassTeacherOf(Actor actor, long classId) {
    return actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_CLASS, actor, classId);
  }

  private boolean exists(String sql, long targetId) {
    return Relations.exists(em, clock, sql, targetId);
  }

  private boolean exists(String sql, Actor actor, long targetId) {
    return existsFor(sql, actor.personId(), targetId);
  }

  private boolean existsFor(String sql, long first, long second) {
    return Relations.exists(em, clock, sql, first, second);
  }
}
