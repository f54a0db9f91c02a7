package lt.dienynas.batch.yearend;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import lt.dienynas.batch.LostExecutions;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.yearend.JobProgress;
import lt.dienynas.yearend.JobProgressLog;

/**
 * The admin's control of the year-end jobs (§33): start, stop, restart, and the executions with
 * their step counts. The jobs themselves run as the container, not as the admin.
 */
@Stateless
@RolesAllowed(Role.Names.DB_ADMIN)
public class YearEndJobs {
  public static final String SUMMARY_JOB = "yearend-summary";
  public static final String ARCHIVE_JOB = "yearend-archive";
  private static final Set<String> JOBS = Set.of(SUMMARY_JOB, ARCHIVE_JOB);

  @EJB private AccessPolicy policy;

  @EJB private JobProgressLog progressLog;

  @EJB private LostExecutions lostExecutions;

  /** Starts the summary job for a school year; returns the execution id. */
  public long startSummaries(long yearId) {
    policy.requireAdministration("YEAREND_JOB_START");
    lostExecutions.failLost();
    requireNoneRunning(yearId);
    return operator().start(SUMMARY_JOB, parameters(yearId));
  }

  /** Starts the archive package job for a school year; returns the execution id. */
  public long startArchive(long yearId) {
    policy.requireAdministration("YEAREND_JOB_START");
    lostExecutions.failLost();
    requireNoneRunning(yearId);
    return operator().start(ARCHIVE_JOB, parameters(yearId));
  }

  /** Asks a running execution to stop after its current chunks. */
  public void stop(long executionId) {
    policy.requireAdministration("YEAREND_JOB_STOP");
    JobExecution execution = execution(executionId);
    if (execution.getBatchStatus() != BatchStatus.STARTED
        && execution.getBatchStatus() != BatchStatus.STARTING) {
      throw new BusinessException("yearend.jobNotRunning");
    }
    operator().stop(executionId);
  }

  /**
   * Restarts a stopped or failed execution with its own parameters: classes already committed are
   * not done again. Returns the new execution id.
   */
  public long restart(long executionId) {
    policy.requireAdministration("YEAREND_JOB_RESTART");
    lostExecutions.failLost();
    JobExecution execution = execution(executionId);
    if (execution.getBatchStatus() != BatchStatus.STOPPED
        && execution.getBatchStatus() != BatchStatus.FAILED) {
      throw new BusinessException("yearend.jobNotRestartable");
    }
    Properties again = new Properties();
    Properties before = execution.getJobParameters();
    if (before != null) {
      before
          .stringPropertyNames()
          .forEach(name -> again.setProperty(name, before.getProperty(name)));
    }
    String year = again.getProperty("yearId");
    if (year != null) {
      requireNoneRunning(Long.parseLong(year));
    }
    return operator().restart(executionId, again);
  }

  /**
   * Refuses a start (or a restart) while a year-end job of the same school year runs anywhere: the
   * summary and the archive job write the same year's documents. The year's row is locked first and
   * the job repository (one database for every node) read after, so that of two starts at the same
   * moment, on two nodes of a cluster, the second sees the first's execution. An execution whose
   * server is gone does not count: the callers mark it FAILED first ({@link LostExecutions}), once.
   */
  private void requireNoneRunning(long yearId) {
    progressLog.lockYear(yearId);
    JobOperator operator = operator();
    for (String job : JOBS) {
      List<Long> running;
      try {
        running = operator.getRunningExecutions(job);
      } catch (NoSuchJobException e) {
        continue;
      }
      for (long id : running) {
        Properties parameters = operator.getParameters(id);
        if (parameters != null && Long.toString(yearId).equals(parameters.getProperty("yearId"))) {
          throw new BusinessException("yearend.jobRunning", id);
        }
      }
    }
  }

  /** The latest executions of both year-end jobs, newest first, with their steps. */
  public List<JobRun> executions(int max) {
    policy.requireAdministration("YEAREND_JOB_LIST");
    JobOperator operator = operator();
    List<Map.Entry<JobInstance, JobExecution>> pairs = new ArrayList<>();
    for (String job : JOBS) {
      List<JobInstance> instances;
      try {
        instances = operator.getJobInstances(job, 0, max);
      } catch (NoSuchJobException e) {
        continue;
      }
      for (JobInstance instance : instances) {
        for (JobExecution execution : operator.getJobExecutions(instance)) {
          pairs.add(Map.entry(instance, execution));
        }
      }
    }
    pairs.sort(
        Comparator.comparingLong(
                (Map.Entry<JobInstance, JobExecution> p) -> p.getValue().getExecutionId())
            .reversed());
    List<Map.Entry<JobInstance, JobExecution>> shown =
        pairs.size() > max ? pairs.subList(0, max) : pairs;
    Map<Long, JobProgress> progress =
        progressLog.of(shown.stream().map(p -> p.getKey().getInstanceId()).distinct().toList());
    List<JobRun> runs = new ArrayList<>();
    for (Map.Entry<JobInstance, JobExecution> pair : shown) {
      runs.add(run(operator, pair.getKey(), pair.getValue(), progress));
    }
    return runs;
  }

  /** One execution with its steps. */
  public JobRun run(long executionId) {
    policy.requireAdministration("YEAREND_JOB_LIST");
    JobOperator operator = operator();
    JobExecution execution = execution(executionId);
    JobInstance instance = operator.getJobInstance(executionId);
    return run(operator, instance, execution, progressLog.of(List.of(instance.getInstanceId())));
  }

  private JobRun run(
      JobOperator operator,
      JobInstance instance,
      JobExecution execution,
      Map<Long, JobProgress> progress) {
    List<JobRun.StepRun> steps = new ArrayList<>();
    for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
      steps.add(
          new JobRun.StepRun(
              step.getStepName(),
              step.getBatchStatus().name(),
              metric(step, Metric.MetricType.READ_COUNT),
              metric(step, Metric.MetricType.WRITE_COUNT),
              metric(step, Metric.MetricType.COMMIT_COUNT),
              metric(step, Metric.MetricType.ROLLBACK_COUNT)));
    }
    Properties parameters = execution.getJobParameters();
    JobProgress done = progress.getOrDefault(instance.getInstanceId(), JobProgress.NONE);
    return new JobRun(
        execution.getExecutionId(),
        instance.getInstanceId(),
        execution.getJobName(),
        parameters == null ? null : parameters.getProperty("yearId"),
        execution.getBatchStatus().name(),
        execution.getExitStatus(),
        time(execution.getStartTime()),
        time(execution.getEndTime()),
        steps,
        done.classesDone(),
        done.classesTotal());
  }

  private static long metric(StepExecution step, Metric.MetricType type) {
    Metric[] metrics = step.getMetrics();
    if (metrics == null) {
      return 0;
    }
    for (Metric metric : metrics) {
      if (metric.getType() == type) {
        return metric.getValue();
      }
    }
    return 0;
  }

  private JobExecution execution(long executionId) {
    try {
      JobExecution execution = operator().getJobExecution(executionId);
      if (execution == null || !JOBS.contains(execution.getJobName())) {
        throw new BusinessException("yearend.jobUnknown");
      }
      return execution;
    } catch (NoSuchJobExecutionException e) {
      throw new BusinessException("yearend.jobUnknown");
    }
  }

  private static Properties parameters(long yearId) {
    Properties parameters = new Properties();
    parameters.setProperty("yearId", Long.toString(yearId));
    return parameters;
  }

  private static LocalDateTime time(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
