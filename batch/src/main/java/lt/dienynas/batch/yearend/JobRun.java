package lt.dienynas.batch.yearend;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import lt.dienynas.batch.LostExecutions;
import lt.dienynas.yearend.JobProgress;

/**
 * A year-end job execution as the admin sees it: its status, times, parameters and, per step, the
 * status and counts (classes read, written, committed; partitions done), and how many of the plan's
 * classes are done (a restart keeps those done before it).
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
    List<StepRun> steps,
    int classesDone,
    int classesTotal)
    implements Serializable {

  public JobRun {
    steps = List.copyOf(steps);
  }

  public boolean running() {
    return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus);
  }

  /** The share of the plan's classes done, 0–100 (0 before the plan is made). */
  public int percent() {
    return new JobProgress(classesDone, classesTotal).percent();
  }

  public boolean restartable() {
    return "STOPPED".equals(batchStatus) || "FAILED".equals(batchStatus);
  }

  /** Failed because the server running it died (issue 19); restartable like any failed run. */
  public boolean nodeLost() {
    return "FAILED".equals(batchStatus) && LostExecutions.EXIT_STATUS.equals(exitStatus);
  }

  /** One step: status and the chunk counts JBeret keeps for it. */
  public record StepRun(
      String name, String batchStatus, long read, long written, long commits, long rollbacks)
      implements Serializable {}
}
