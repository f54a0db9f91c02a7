package lt.dienynas.security;

import static lt.dienynas.security.Role.CAREER_SPECIALIST;
import static lt.dienynas.security.Role.PSYCHOLOGIST;
import static lt.dienynas.security.Role.SOCIAL_PEDAGOGUE;
import static lt.dienynas.security.Role.SPECIAL_PEDAGOGUE;
import static lt.dienynas.security.Role.SPEECH_THERAPIST;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import lt.dienynas.shared.SchoolClock;

/**
 * The specialists' watch lists (§24–§27), the risk group (§24.2), the school's monthly attendance
 * and the management reports (§19.12): a specialist sees a student only while supporting them
 * (support that ended no longer counts, judged by the school's clock), changes only their own
 * progress notes, and only the social pedagogue who supports a student flags them; the monthly
 * attendance of all classes is for the social pedagogue (§24.1) and the management, the reports for
 * the management.
 */
@Dependent
class SpecialistRules {
  private static final Role[] SPECIALISTS = {
    SOCIAL_PEDAGOGUE, PSYCHOLOGIST, SPECIAL_PEDAGOGUE, SPEECH_THERAPIST, CAREER_SPECIALIST
  };

  private static final String SUPPORTS_ON =
      "SELECT 1 FROM student_support WHERE specialist_id = ?1 AND student_id = ?2"
          + " AND valid_from <= ?3 AND (valid_to IS NULL OR valid_to >= ?3)";

  private static final String AUTHOR_OF_NOTE_OF_SUPPORTED =
      "SELECT 1 FROM progress_note n JOIN student_support s ON s.student_id = n.student_id"
          + " AND s.specialist_id = n.author_id"
          + " WHERE n.id = ?2 AND n.author_id = ?1"
          + " AND s.valid_from <= ?3 AND (s.valid_to IS NULL OR s.valid_to >= ?3)";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  /** A specialist who supports the student today. */
  boolean supports(Actor actor, long studentId) {
    return actor.hasAny(SPECIALISTS) && exists(SUPPORTS_ON, actor, studentId);
  }

  /** The note's author, still supporting its student. */
  boolean mayChangeProgressNote(Actor actor, long noteId) {
    return actor.hasAny(SPECIALISTS) && exists(AUTHOR_OF_NOTE_OF_SUPPORTED, actor, noteId);
  }

  /** The social pedagogue who supports the student. */
  boolean mayFlagRiskGroup(Actor actor, long studentId) {
    return actor.has(SOCIAL_PEDAGOGUE) && exists(SUPPORTS_ON, actor, studentId);
  }

  /** The social pedagogue (§24.1) and the management. */
  boolean mayReadSchoolAttendance(Actor actor) {
    return actor.has(SOCIAL_PEDAGOGUE) || actor.isSchoolWide();
  }

  /** Director, deputies and the DB admin (§19.12). */
  boolean mayReadManagementReports(Actor actor) {
    return actor.isSchoolWide();
  }

  private boolean exists(String sql, Actor actor, long targetId) {
    return !em.createNativeQuery(sql)
        .setParameter(1, actor.personId())
        .setParameter(2, targetId)
        .setParameter(3, clock.today())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
