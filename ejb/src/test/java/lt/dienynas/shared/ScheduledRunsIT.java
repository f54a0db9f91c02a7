package lt.dienynas.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lt.dienynas.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A nightly task claimed by several timers at the same moment — every node of a cluster fires its
 * own — is claimed by exactly one of them (issue 19): the claims race on the database row, as the
 * nodes' claims do, since every node writes the same database.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledRunsIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("scheduled-runs-it");
  }

  @EJB ScheduledRuns runs;

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Test
  void ofTimersFiringTogetherExactlyOneStartsTheTaskAndALaterFiringNone() throws Exception {
    String task = "it-" + System.nanoTime();
    int timers = 4;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(timers);
    try {
      List<Future<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < timers; i++) {
        claims.add(
            pool.submit(
                () -> {
                  go.await();
                  return runs.claimToday(task);
                }));
      }
      go.countDown();
      int won = 0;
      for (Future<Boolean> claim : claims) {
        won += claim.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertEquals(1, won, "one of the timers firing together claims the day");
    } finally {
      pool.shutdownNow();
    }
    assertFalse(runs.claimToday(task), "a later firing the same day finds it claimed");
    assertEquals(
        List.of(ScheduledRuns.node()),
        em.createNativeQuery("SELECT node FROM scheduled_run WHERE task = ?1")
            .setParameter(1, task)
            .getResultList(),
        "one row, naming the node that runs it");
  }
}
