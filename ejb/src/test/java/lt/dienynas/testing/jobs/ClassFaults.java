package lt.dienynas.testing.jobs;

import jakarta.annotation.Priority;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Test deployments only: makes the year-end jobs' class processor fail or wait for chosen classes,
 * so a test can break or stop a run at a known point and prove its restart resumes from the classes
 * committed. The production job XMLs and processor know nothing of it; a test deployment adds this
 * decorator ({@code Deployments.classFaults()} for an EAR, the class for a WAR).
 *
 * <p>Job parameters, read on the first execution of a job instance only (a restart runs without
 * them): {@value #FAIL} — class ids whose partition fails before rendering, as a job killed there
 * would; {@value #HOLD} — class ids whose partition waits, before rendering, until the job is asked
 * to stop (failing after {@link #LONGEST_HOLD} if nobody stops it).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class ClassFaults implements ItemProcessor {
  public static final String FAIL = "testFailClasses";
  public static final String HOLD = "testHoldClasses";
  private static final Duration LONGEST_HOLD = Duration.ofMinutes(2);

  @Inject
  @Delegate
  @Named("yearEndClassProcessor")
  private ItemProcessor processor;

  @Inject private JobContext job;

  /** The job parameters naming these classes (comma-separated ids). */
  public static String ids(Collection<Long> classIds) {
    return classIds.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  @Override
  public Object processItem(Object item) throws Exception {
    JobOperator operator = BatchRuntime.getJobOperator();
    long execution = job.getExecutionId();
    if (operator.getJobExecutions(operator.getJobInstance(execution)).size() == 1) {
      Properties parameters = operator.getParameters(execution);
      if (names(parameters.getProperty(FAIL), item)) {
        throw new IllegalStateException("test failure for class " + item);
      }
      if (names(parameters.getProperty(HOLD), item)) {
        holdUntilStopping(operator, execution);
      }
    }
    return processor.processItem(item);
  }

  private static boolean names(String ids, Object item) {
    return ids != null
        && !ids.isBlank()
        && Arrays.stream(ids.split(",")).map(String::strip).anyMatch(String.valueOf(item)::equals);
  }

  private static void holdUntilStopping(JobOperator operator, long execution)
      throws InterruptedException {
    // a partition's job context holds a copy of the execution's status: ask the operator
    long deadline = System.nanoTime() + LONGEST_HOLD.toNanos();
    while (operator.getJobExecution(execution).getBatchStatus() != BatchStatus.STOPPING) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("held class: the job was not stopped in time");
      }
      Thread.sleep(20);
    }
  }
}
