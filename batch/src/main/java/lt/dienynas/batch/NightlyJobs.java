package lt.dienynas.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.Properties;
import java.util.logging.Logger;

/** Starts the nightly jobs from an EJB timer: the monthly lock of the diary at 00:30. */
@Singleton
public class NightlyJobs {
  private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

  @Schedule(hour = "0", minute = "30", persistent = false)
  void lockMonths() {
    long execution = BatchRuntime.getJobOperator().start("month-lock", new Properties());
    LOG.info(() -> "Started the month-lock job, execution " + execution);
  }
}
