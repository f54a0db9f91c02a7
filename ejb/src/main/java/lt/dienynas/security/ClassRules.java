package lt.dienynas.security;

import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_CLASS;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_STUDENT;
import static lt.dienynas.security.Relations.TEACHER_OF_CLASS;
import static lt.dienynas.security.Relations.VDM_CLASS_GROUPS;
import static lt.dienynas.security.Role.CLASS_TEACHER;
import static lt.dienynas.security.Role.VDM_EDUCATOR;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who reads a class's records — its student list, its activity — and who is its class teacher
 * (justifications, class data, remarks; §21): the school's management, the class teacher, the
 * class's teachers and the VDM educator of its students.
 */
@Dependent
class ClassRules {
  private static final String VDM_EDUCATOR_OF_CLASS =
      "SELECT 1 FROM school_class c WHERE c.id = ?2 AND c.id IN (" + VDM_CLASS_GROUPS + ")";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  boolean mayReadClass(Actor actor, long classId) {
    return actor.isSchoolWide()
        || isClassTeacherOf(actor, classId)
        || (actor.hasAny(AccessPolicy.GROUP_TEACHERS) && exists(TEACHER_OF_CLASS, actor, classId))
        || (actor.has(VDM_EDUCATOR) && exists(VDM_EDUCATOR_OF_CLASS, actor, classId));
  }

  boolean isClassTeacherOf(Actor actor, long classId) {
    return actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_CLASS, actor, classId);
  }

  boolean isClassTeacherOfStudent(Actor actor, long studentId) {
    return actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_STUDENT, actor, studentId);
  }

  private boolean exists(String sql, Actor actor, long targetId) {
    return Relations.exists(em, sql, actor.personId(), targetId);
  }
}
