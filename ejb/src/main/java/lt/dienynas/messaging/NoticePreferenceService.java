package lt.dienynas.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.shared.BusinessException;

/**
 * Each signed-in person's own choice of notices (pranešimų nustatymai): only their own, so no
 * relationship to check beyond being signed in.
 */
@Stateless
@PermitAll
public class NoticePreferenceService {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private Actors actors;

  /** The calling person's choices (the defaults until they save). */
  public NoticePreference.Choices mine() {
    Actor actor = actors.current();
    NoticePreference row = em.find(NoticePreference.class, actor.personId());
    return row == null ? NoticePreference.defaults() : row.choices();
  }

  /**
   * Saves the calling person's choices.
   *
   * @throws BusinessException {@code noticePreference.stale} when they were changed meanwhile (in
   *     another window) since {@code choices.version()} was read
   */
  public NoticePreference.Choices saveMine(NoticePreference.Choices choices) {
    if (choices == null) {
      throw new BusinessException("noticePreference.required");
    }
    Actor actor = actors.current();
    NoticePreference row =
        em.find(NoticePreference.class, actor.personId(), LockModeType.PESSIMISTIC_WRITE);
    int current = row == null ? 0 : row.choices().version();
    if (current != choices.version()) {
      throw new BusinessException("noticePreference.stale");
    }
    if (row == null) {
      row = new NoticePreference(actor.personId());
      row.choose(choices);
      em.persist(row);
    } else {
      row.choose(choices);
    }
    em.flush();
    return row.choices();
  }
}
