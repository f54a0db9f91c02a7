package lt.dienynas.security;

import static lt.dienynas.security.Relations.CLASS_EXISTS;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_CLASS;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_GROUP;
import static lt.dienynas.security.Relations.GROUP_EXISTS;
import static lt.dienynas.security.Relations.GUARDIAN_OF;
import static lt.dienynas.security.Relations.STUDENT_EXISTS;
import static lt.dienynas.security.Relations.TEACHER_OF_GROUP;
import static lt.dienynas.security.Relations.TEACHER_OF_GROUP_ON;
import static lt.dienynas.security.Relations.TEACHER_OF_STUDENT;
import static lt.dienynas.security.Role.CLASS_TEACHER;
import static lt.dienynas.security.Role.GUARDIAN;
import static lt.dienynas.security.Role.NON_FORMAL_TEACHER;
import static lt.dienynas.security.Role.TEACHER;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * The class teacher's records of issue 16, part B (§21.4, §21.8, §21.11, §21.14, §23.9, §23.10):
 * instructions with their sign sheets, documents from other institutions, monthly reports. Each
 * answer is decided from the relationship — class teacher <em>of this class</em>, teacher <em>of
 * this group</em>, guardian <em>of this child</em> — and anything not named here is refused.
 */
@Dependent
class ClassDocumentRules {

  /** The group is the class group of a class the person leads. */
  private static final String CLASS_TEACHER_OF_CLASS_GROUP =
      "SELECT 1 FROM study_group g JOIN school_class c ON c.id = g.school_class_id"
          + " WHERE g.id = ?2 AND g.kind = 'CLASS' AND c.class_teacher_id = ?1";

  /** The person teaches this subject in this group. */
  private static final String TEACHER_OF_GROUP_SUBJECT =
      "SELECT 1 FROM teaching_assignment WHERE teacher_id = ?1 AND group_id = ?2"
          + " AND subject_id = ?3";

  private static final String CLASS_TEACHER_OF_STUDENT =
      "SELECT 1 FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
          + " JOIN school_class c ON c.id = g.school_class_id"
          + " WHERE c.class_teacher_id = ?1 AND m.student_id = ?2";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  /**
   * Records an instruction for a group on a day (§21.4, §23.9): the class teacher for their class's
   * class group, a subject (or non-formal) teacher for a group they teach on that day.
   */
  boolean mayRecordInstruction(Actor actor, long groupId, LocalDate date) {
    return (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_CLASS_GROUP, actor, groupId))
        || (actor.hasAny(TEACHER, NON_FORMAL_TEACHER)
            && exists(TEACHER_OF_GROUP_ON, actor.personId(), groupId, date));
  }

  /**
   * Reads a group's instructions and prints their sign sheets: who may record them, the class
   * teacher of the group's class, and the school's management.
   */
  boolean mayReadInstructions(Actor actor, long groupId) {
    return (actor.isSchoolWide() && exists(GROUP_EXISTS, groupId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_GROUP, actor, groupId))
        || (actor.hasAny(TEACHER, NON_FORMAL_TEACHER) && exists(TEACHER_OF_GROUP, actor, groupId));
  }

  /** Uploads a student's documents from another institution: the class teacher of the student. */
  boolean mayUploadStudentDocument(Actor actor, long studentId) {
    return actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_STUDENT, actor, studentId);
  }

  /**
   * Reads a student's documents from other institutions: the class teacher, the student's subject
   * teachers (for the period grades, §23.10), the student's guardians, and the school's management.
   * Not the student.
   */
  boolean mayReadStudentDocuments(Actor actor, long studentId) {
    return (actor.isSchoolWide() && exists(STUDENT_EXISTS, studentId))
        || mayUploadStudentDocument(actor, studentId)
        || (actor.hasAny(TEACHER, NON_FORMAL_TEACHER)
            && exists(TEACHER_OF_STUDENT, actor, studentId))
        || (actor.has(GUARDIAN) && exists(GUARDIAN_OF, actor, studentId));
  }

  /**
   * Reads the documents of a group's students beside the period-grade form: the teacher of the
   * subject in the group, the class teacher of the group's class, the school's management.
   */
  boolean mayReadGroupDocuments(Actor actor, long groupId, long subjectId) {
    return (actor.isSchoolWide() && exists(GROUP_EXISTS, groupId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_GROUP, actor, groupId))
        || (actor.hasAny(TEACHER, NON_FORMAL_TEACHER)
            && exists(TEACHER_OF_GROUP_SUBJECT, actor.personId(), groupId, subjectId));
  }

  /**
   * Prints the monthly progress and attendance reports and the class attendance report (§21.8,
   * §21.11): the class teacher of the class, and the school's management.
   */
  boolean mayPrintClassReports(Actor actor, long classId) {
    return (actor.isSchoolWide() && exists(CLASS_EXISTS, classId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_CLASS, actor, classId));
  }

  private boolean exists(String sql, long targetId) {
    return !em.createNativeQuery(sql)
        .setParameter(1, targetId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private boolean exists(String sql, Actor actor, long targetId) {
    return !em.createNativeQuery(sql)
        .setParameter(1, actor.personId())
        .setParameter(2, targetId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private boolean exists(String sql, long me, long targetId, Object third) {
    return !em.createNativeQuery(sql)
        .setParameter(1, me)
        .setParameter(2, targetId)
        .setParameter(3, third)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
