package lt.dienynas.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What a logged-in person must do before anything else works for them: change a temporary password
 * (first login, or after a reset), then — an employee — accept the confidentiality pledge (§8). The
 * portal's filter asks this on every request until the way is open.
 */
@Stateless
@PermitAll
public class EntryGate {

  /** The step the person must take first. */
  public enum Step {
    CHANGE_PASSWORD,
    ACCEPT_PLEDGE,
    NONE
  }

  private static final String MUST_CHANGE =
      "SELECT 1 FROM user_account WHERE login = ?1 AND must_change_password = TRUE";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private Actors actors;

  @EJB private AccessPolicy policy;

  public Step nextStepOfCaller() {
    Actor actor = actors.current();
    if (!em.createNativeQuery(MUST_CHANGE)
        .setParameter(1, actor.login())
        .getResultList()
        .isEmpty()) {
      return Step.CHANGE_PASSWORD;
    }
    return policy.hasAcceptedPledgeIfStaff(actor) ? Step.NONE : Step.ACCEPT_PLEDGE;
  }
}
