package lt.dienynas.batch.yearend;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.logging.Logger;
import lt.dienynas.yearend.ClassDocuments;
import lt.dienynas.yearend.YearEndWork;

/**
 * Renders a class's documents.
 *
 * <p>Two job parameters are for tests only (the portal's restart drops them): {@code
 * failFromPartition} makes every partition from that index on fail, as a job killed after its first
 * partitions would, and a restart without it finishes the rest; {@code holdFromPartition} makes
 * every partition from that index on wait, before rendering its class, until the job is asked to
 * stop, so a test stops the job after its first partition without racing it (a hold nobody ends
 * fails the partition after {@link #LONGEST_HOLD}).
 */
@Named("yearEndClassProcessor")
@Dependent
public class ClassProcessor implements ItemProcessor {
  private static final Logger LOG = Logger.getLogger(ClassProcessor.class.getName());
  private static final Duration LONGEST_HOLD = Duration.ofMinutes(2);

  @Inject
  @BatchProperty(name = "partition")
  private String partition;

  @Inject
  @BatchProperty(name = "failFromPartition")
  private String failFromPartition;

  @Inject
  @BatchProperty(name = "holdFromPartition")
  private String holdFromPartition;

  @Inject private JobContext job;

  @EJB private YearEndWork work;

  @Override
  public Object processItem(Object item) throws InterruptedException {
    if (from(failFromPartition)) {
      throw new IllegalStateException(
          "failure injected by the job parameter failFromPartition=" + failFromPartition);
    }
    if (from(holdFromPartition)) {
      holdUntilStopping();
    }
    long started = System.nanoTime();
    ClassDocuments documents = work.render((Long) item);
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        () ->
            "Year-end class "
                + documents.className()
                + " ("
                + documents.students()
                + " students"
                + (documents.frozen() ? ", confirmed: kept" : "")
                + ") rendered in "
                + millis
                + " ms");
    return documents;
  }

  /** Whether this partition's index is at or after the given one (a blank switch is off). */
  private boolean from(String index) {
    return index != null
        && !index.isBlank()
        && Integer.parseInt(partition) >= Integer.parseInt(index);
  }

  private void holdUntilStopping() throws InterruptedException {
    // a partition's job context holds a copy of the execution's status: ask the operator
    JobOperator operator = BatchRuntime.getJobOperator();
    long deadline = System.nanoTime() + LONGEST_HOLD.toNanos();
    while (operator.getJobExecution(job.getExecutionId()).getBatchStatus()
        != BatchStatus.STOPPING) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "holdFromPartition=" + holdFromPartition + ": the job was not stopped in time");
      }
      Thread.sleep(20);
    }
  }
}
