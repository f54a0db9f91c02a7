package lt.dienynas.security;

import static lt.dienynas.security.Relations.STUDENT_EXISTS;
import static lt.dienynas.security.Role.DIRECTOR;
import static lt.dienynas.security.Role.HEALTH_SPECIALIST;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Health data (§7.2, §28): the health specialist records a student's health data and sends health
 * notices; the director reads them; nobody else works with them. A student that does not exist is
 * refused like one the person may not see.
 */
@Dependent
class HealthRules {
  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  /** Works with health data at all (the search): the health specialist, the director. */
  boolean mayWork(Actor actor) {
    return actor.hasAny(HEALTH_SPECIALIST, DIRECTOR);
  }

  boolean mayRead(Actor actor, long studentId) {
    return mayWork(actor) && Relations.exists(em, STUDENT_EXISTS, studentId);
  }

  boolean mayWrite(Actor actor, long studentId) {
    return actor.has(HEALTH_SPECIALIST) && Relations.exists(em, STUDENT_EXISTS, studentId);
  }
}
