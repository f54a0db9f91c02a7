package lt.dienynas.security;

import static lt.dienynas.security.Relations.CLASS_TEACHER_OF_GROUP;
import static lt.dienynas.security.Relations.TEACHER_OF_GROUP;
import static lt.dienynas.security.Role.CLASS_TEACHER;
import static lt.dienynas.security.Role.DB_ADMIN;
import static lt.dienynas.security.Role.DEPUTY;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Correction acts (§19.9, §23.11, §30.1): drafted about a group's data by a teacher of the group or
 * its class teacher (who made the error), or by the deputy for education (when that person has
 * left); read by their author and the school's management; agreed to by the deputy and the DB
 * admin, each in their own capacity.
 */
@Dependent
class CorrectionRules {
  private static final String AUTHOR_OF_ACT = "SELECT author_id FROM correction_act WHERE id = ?1";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  boolean mayAuthor(Actor actor, long groupId) {
    return actor.has(DEPUTY)
        || (actor.hasAny(JournalRules.JOURNAL_WRITERS) && exists(TEACHER_OF_GROUP, actor, groupId))
        || (actor.has(CLASS_TEACHER) && exists(CLASS_TEACHER_OF_GROUP, actor, groupId));
  }

  /** Its author and the school's management; an unknown act is refused. */
  boolean mayRead(Actor actor, long actId) {
    List<?> authors = em.createNativeQuery(AUTHOR_OF_ACT).setParameter(1, actId).getResultList();
    return !authors.isEmpty()
        && (actor.isSchoolWide() || ((Number) authors.get(0)).longValue() == actor.personId());
  }

  /** Management all of them, a teacher the ones they wrote (the list itself is narrowed). */
  boolean mayList(Actor actor) {
    return actor.isSchoolWide()
        || actor.hasAny(JournalRules.JOURNAL_WRITERS)
        || actor.has(CLASS_TEACHER);
  }

  /** In the capacity of the deputy or the DB admin, held by the person. */
  boolean mayAgree(Actor actor, Role capacity) {
    return (capacity == DEPUTY || capacity == DB_ADMIN) && actor.has(capacity);
  }

  private boolean exists(String sql, Actor actor, long targetId) {
    return Relations.exists(em, sql, actor.personId(), targetId);
  }
}
