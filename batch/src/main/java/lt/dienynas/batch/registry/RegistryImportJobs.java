package lt.dienynas.batch.registry;

import static lt.dienynas.security.Role.Names.DB_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import lt.dienynas.registry.RegistryImportService;
import lt.dienynas.registry.RegistryKind;
import lt.dienynas.shared.BusinessException;

/**
 * Starts, follows and restarts the {@code registry-import} job for the DB admin. Runs without a
 * transaction of its own: the import row is committed before the job starts, so the job — on
 * another thread — finds it.
 */
@Stateless
@RolesAllowed(DB_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistryImportJobs {
  public static final String JOB = "registry-import";

  @EJB private RegistryImportService imports;

  /** The job's state for the progress display. */
  public record JobState(BatchStatus status, String step, long linesRead, boolean restartable)
      implements Serializable {}

  /**
   * Accepts the file and starts its import.
   *
   * @return the import's id
   * @throws BusinessException see {@link RegistryImportService#create}
   */
  public long start(
      RegistryKind kind, String fileName, String content, long yearId, LocalDate admittedFrom) {
    long importId = imports.create(kind, fileName, content, yearId, admittedFrom);
    Properties parameters = new Properties();
    parameters.setProperty("importId", Long.toString(importId));
    long execution = operator().start(JOB, parameters);
    imports.attachJob(importId, execution, false);
    return importId;
  }

  /** Restarts a failed or stopped import from its last checkpoint. */
  public void restart(long importId) {
    Long execution = imports.summary(importId).jobExecutionId();
    JobState state = state(importId);
    if (execution == null || !state.restartable()) {
      throw new BusinessException("registry.notRestartable");
    }
    Properties parameters = new Properties();
    parameters.setProperty("importId", Long.toString(importId));
    long next = operator().restart(execution, parameters);
    imports.attachJob(importId, next, true);
  }

  /** Where the import's job stands: its status, the step running and the lines read by it. */
  public JobState state(long importId) {
    Long execution = imports.summary(importId).jobExecutionId();
    if (execution == null) {
      return new JobState(BatchStatus.STARTING, "", 0, false);
    }
    JobOperator operator = operator();
    JobExecution job = operator.getJobExecution(execution);
    List<StepExecution> steps = operator.getStepExecutions(execution);
    StepExecution last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
    long read = 0;
    if (last != null && last.getMetrics() != null) {
      for (Metric metric : last.getMetrics()) {
        if (metric.getType() == Metric.MetricType.READ_COUNT) {
          read = metric.getValue();
        }
      }
    }
    BatchStatus status = job.getBatchStatus();
    return new JobState(
        status,
        last == null ? "" : last.getStepName(),
        read,
        status == BatchStatus.FAILED || status == BatchStatus.STOPPED);
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
