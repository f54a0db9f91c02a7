package lt.dienynas.security;

import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_STUDENT;
import static lt.dienynas.security.Relations.STUDENT_EXISTS;
import static lt.dienynas.security.Role.ARCHIVIST;
import static lt.dienynas.security.Role.CLASS_TEACHER;
import static lt.dienynas.security.Role.DB_ADMIN;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Students' movements, the archive and achievement certificates (§18.4, §21.16, §29): the DB admin
 * and the archivist record the director's orders about movements; the archivist and the school's
 * management see the movements and the archive; a certificate is printed by them or by the
 * student's class teacher.
 */
@Dependent
class ArchiveRules {
  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  boolean mayReadArchive(Actor actor) {
    return actor.has(ARCHIVIST) || actor.isSchoolWide();
  }

  boolean mayRecordMovements(Actor actor) {
    return actor.hasAny(DB_ADMIN, ARCHIVIST);
  }

  boolean mayPrintStudentCertificate(Actor actor, long studentId) {
    return (mayReadArchive(actor) && Relations.exists(em, STUDENT_EXISTS, studentId))
        || (actor.has(CLASS_TEACHER)
            && Relations.exists(em, CLASS_TEACHER_OF_STUDENT, actor.personId(), studentId));
  }
}
