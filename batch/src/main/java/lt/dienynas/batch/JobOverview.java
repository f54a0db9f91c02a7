package lt.dienynas.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;

/**
 * The school's batch jobs at a glance for the landing pages of the deputy and the DB admin: how
 * many executions run now, and which jobs failed lately. Reads the latest {@link #INSTANCES}
 * instances of each of the application's jobs, no more.
 */
@Stateless
@RolesAllowed({Role.Names.DEPUTY, Role.Names.DB_ADMIN, Role.Names.DIRECTOR})
public class JobOverview {
  static final List<String> JOBS =
      List.of("month-lock", "registry-import", "yearend-summary", "yearend-archive");

  static final int INSTANCES = 10;

  /** A failure is "lately" within this many days. */
  public static final int FAILED_DAYS = 7;

  @Inject private SchoolClock clock;

  /**
   * @param running executions starting or started now
   * @param failed the jobs whose execution failed in the last {@link #FAILED_DAYS} days (each job
   *     once), in the order of {@link #JOBS}
   */
  public record Jobs(int running, List<String> failed) implements Serializable {
    public Jobs {
      failed = List.copyOf(failed);
    }
  }

  public Jobs now() {
    JobOperator operator = BatchRuntime.getJobOperator();
    Instant since =
        clock.today().minusDays(FAILED_DAYS - 1L).atStartOfDay(SchoolClock.ZONE).toInstant();
    int running = 0;
    List<String> failed = new ArrayList<>();
    for (String job : JOBS) {
      List<JobInstance> instances;
      try {
        instances = operator.getJobInstances(job, 0, INSTANCES);
      } catch (NoSuchJobException e) {
        continue;
      }
      boolean jobFailed = false;
      for (JobInstance instance : instances) {
        for (JobExecution execution : operator.getJobExecutions(instance)) {
          BatchStatus status = execution.getBatchStatus();
          if (status == BatchStatus.STARTING || status == BatchStatus.STARTED) {
            running++;
          } else if (status == BatchStatus.FAILED
              && execution.getEndTime() != null
              && !execution.getEndTime().toInstant().isBefore(since)) {
            jobFailed = true;
          }
        }
      }
      if (jobFailed) {
        failed.add(job);
      }
    }
    return new Jobs(running, failed);
  }
}
