package lt.dienynas.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import lt.dienynas.shared.SchoolClock;

/** Writes and lists refused accesses. */
@Stateless
public class RefusalLog {
  @Inject private SchoolClock clock;

  private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  /**
   * Records a refusal in its own transaction: the refused operation rolls back, its refusal stays.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String login, String action, String targetType, Object targetId) {
    LOG.warning(
        () -> "Access refused: " + login + " " + action + " " + targetType + " " + targetId);
    em.persist(new AccessRefusal(clock.now(), login, action, targetType, targetId));
  }

  @RolesAllowed({Role.Names.DB_ADMIN, Role.Names.DIRECTOR})
  public List<AccessRefusal> latest(int max) {
    policy.requireRefusalLogRead();
    return em.createNamedQuery(AccessRefusal.LATEST, AccessRefusal.class)
        .setMaxResults(Math.min(Math.max(max, 1), 500))
        .getResultList();
  }
}
