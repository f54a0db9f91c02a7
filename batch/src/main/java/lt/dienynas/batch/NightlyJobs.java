package lt.dienynas.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the nightly jobs from EJB timers: the monthly lock of the diary at 00:30, the early
 * warnings at 01:00 (after the day's attendance and marks are in), the removal of the instructions
 * kept their year at 01:15.
 */
@Singleton
public class NightlyJobs {
  private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

  @Schedule(hour = "0", minute = "30", persistent = false)
  void lockMonths() {
    long execution = BatchRuntime.getJobOperator().start("month-lock", new Properties());
    LOG.info(() -> "Started the month-lock job, execution " + execution);
  }

  @Schedule(hour = "1", minute = "0", persistent = false)
  void earlyWarnings() {
    long execution = BatchRuntime.getJobOperator().start("early-warning", new Properties());
    LOG.info(() -> "Started the early-warning job, execution " + execution);
  }

  @Schedule(hour = "1", minute = "15", persistent = false)
  void removeExpiredInstructions() {
    long execution = BatchRuntime.getJobOperator().start("instruction-retention", new Properties());
    LOG.info(() -> "Started the instruction-retention job, execution " + execution);
  }
}
