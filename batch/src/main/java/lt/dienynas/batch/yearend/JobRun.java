package lt.dienynas.batch.yearend;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A year-end job execution as the admin sees it: its status, times, parameters and, per step, the
 * status and counts (classes read, written, committed; partitions done).
 */
public record JobRun(
    long executionId,
    long instanceId,
    String jobName,
    String yearId,
    String batchStatus,
    String exitStatus,
    LocalDateTime started,
    LocalDateTime ended,
    List<StepRun> steps)
    implements Serializable {

  public JobRun {
    steps = List.copyOf(steps);
  }

  public boolean running() {
    return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus);
  }

  public boolean restartable() {
    return "STOPPED".equals(batchStatus) || "FAILED".equals(batchStatus);
  }

  /** One step: status and the chunk counts JBeret keeps for it. */
  public record StepRun(
      String name, String batchStatus, long read, long written, long commits, long rollbacks)
      implements Serializable {}
}
