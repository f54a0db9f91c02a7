package lt.dienynas.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Once per day in the whole cluster (issue 19): every node's timer fires a nightly task, and only
 * the node that claims the day first runs it. The claim is one row of {@code scheduled_run} with
 * the primary key (task, day), inserted in its own transaction: a second node's insert finds the
 * row and inserts nothing (on Galera, a concurrent one fails certification at commit, which the
 * caller takes as "claimed elsewhere" too). A single server claims every day it fires.
 */
@Stateless
@PermitAll
public class ScheduledRuns {
  private static final Logger LOG = Logger.getLogger(ScheduledRuns.class.getName());

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  /**
   * Claims today's run of the task (today in the school's time) for this node; true when this node
   * got it, false when another node (or an earlier firing) already has.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claimToday(String task) {
    LocalDate day = clock.today();
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO scheduled_run (task, run_day, node, claimed_at)"
                    + " VALUES (?1, ?2, ?3, ?4)")
            .setParameter(1, task)
            .setParameter(2, day)
            .setParameter(3, node())
            .setParameter(4, clock.now())
            .executeUpdate();
    if (inserted == 0) {
      LOG.info(() -> "The " + task + " run of " + day + " is already claimed; not started here");
    }
    return inserted == 1;
  }

  /** This server's name in the cluster (WildFly's jboss.node.name, the host name by default). */
  public static String node() {
    String name = System.getProperty("jboss.node.name");
    return name == null || name.isBlank() ? "server" : name;
  }
}
