package lt.dienynas.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import lt.dienynas.shared.ScheduledRuns;

/**
 * Starts the nightly jobs from EJB timers: the monthly lock of the diary at 00:30, the early
 * warnings at 01:00 (after the day's attendance and marks are in), the removal of the instructions
 * kept their year at 01:15. In a cluster every node's timer fires, and the job starts only on the
 * node that claims the day first ({@link ScheduledRuns}): once a night in the whole cluster.
 */
@Singleton
public class NightlyJobs {
  private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

  @EJB private ScheduledRuns runs;

  @Schedule(hour = "0", minute = "30", persistent = false)
  void lockMonths() {
    startOnce("month-lock");
  }

  @Schedule(hour = "1", minute = "0", persistent = false)
  void earlyWarnings() {
    startOnce("early-warning");
  }

  @Schedule(hour = "1", minute = "15", persistent = false)
  void removeExpiredInstructions() {
    startOnce("instruction-retention");
  }

  private void startOnce(String job) {
    boolean claimed;
    try {
      claimed = runs.claimToday(job);
    } catch (EJBException e) {
      // a concurrent claim of another node that won (Galera's certification failure at commit)
      LOG.log(Level.INFO, "Today's " + job + " run was claimed by another node", e);
      return;
    }
    if (claimed) {
      long execution = BatchRuntime.getJobOperator().start(job, new Properties());
      LOG.info(
          () ->
              "Started the "
                  + job
                  + " job, execution "
                  + execution
                  + ", on "
                  + ScheduledRuns.node());
    }
  }
}
