package lt.dienynas.batch.yearend;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import lt.dienynas.yearend.ClassDocuments;
import lt.dienynas.yearend.YearEndWork;

/**
 * Renders a class's documents. The job parameter {@code failFromPartition} (tests only) makes every
 * partition from that index on fail, as a job killed after its first partitions would; a restart
 * without it finishes the rest.
 */
@Named("yearEndClassProcessor")
@Dependent
public class ClassProcessor implements ItemProcessor {
  private static final Logger LOG = Logger.getLogger(ClassProcessor.class.getName());

  @Inject
  @BatchProperty(name = "partition")
  private String partition;

  @Inject
  @BatchProperty(name = "failFromPartition")
  private String failFromPartition;

  @EJB private YearEndWork work;

  @Override
  public Object processItem(Object item) {
    if (failFromPartition != null
        && !failFromPartition.isBlank()
        && Integer.parseInt(partition) >= Integer.parseInt(failFromPartition)) {
      throw new IllegalStateException(
          "failure injected by the job parameter failFromPartition=" + failFromPartition);
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
}
