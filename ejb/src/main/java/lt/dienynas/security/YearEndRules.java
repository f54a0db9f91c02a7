package lt.dienynas.security;

import static lt.dienynas.security.Relations.CLASS_EXISTS;
import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_CLASS;
import static lt.dienynas.security.Role.ARCHIVIST;
import static lt.dienynas.security.Role.CLASS_TEACHER;
import static lt.dienynas.security.Role.DEPUTY;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The year end and the class reports (§21.17, §21.18): a class teacher prepares, checks and
 * confirms their class's semester and annual reports, the deputy for education accepts or returns
 * them and accepts the achievement summary; the class teacher and the school's management read
 * them. The archivist takes part in the year end for its packages. An unknown class is refused like
 * a forbidden one.
 */
@Dependent
class YearEndRules {
  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  /** Takes part in the year end: a class teacher, the school's management, the archivist. */
  boolean mayWorkOnYearEnd(Actor actor) {
    return actor.isSchoolWide() || actor.hasAny(CLASS_TEACHER, ARCHIVIST);
  }

  /** Accepts a class's confirmed achievement summary: the deputy for education. */
  boolean mayAcceptSummary(Actor actor, long classId) {
    return actor.has(DEPUTY) && classExists(classId);
  }

  /** Prepares, checks and confirms the class's reports: its class teacher only. */
  boolean mayPrepareClassReport(Actor actor, long classId) {
    return isClassTeacherOf(actor, classId);
  }

  /** Accepts or returns a confirmed class report: the deputy for education only. */
  boolean mayReviewClassReport(Actor actor, long classId) {
    return actor.has(DEPUTY) && classExists(classId);
  }

  /** Reads a class's reports: its class teacher and the school's management. */
  boolean mayReadClassReport(Actor actor, long classId) {
    return (actor.isSchoolWide() && classExists(classId)) || isClassTeacherOf(actor, classId);
  }

  private boolean isClassTeacherOf(Actor actor, long classId) {
    return actor.has(CLASS_TEACHER)
        && Relations.exists(em, CLASS_TEACHER_OF_CLASS, actor.personId(), classId);
  }

  private boolean classExists(long classId) {
    return Relations.exists(em, CLASS_EXISTS, classId);
  }
}
