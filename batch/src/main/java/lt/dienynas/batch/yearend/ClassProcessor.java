package lt.dienynas.batch.yearend;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.logging.Logger;
import lt.dienynas.yearend.ClassDocuments;
import lt.dienynas.yearend.YearEndWork;

/** Renders a class's documents. */
@Named("yearEndClassProcessor")
@Dependent
public class ClassProcessor implements ItemProcessor {
  private static final Logger LOG = Logger.getLogger(ClassProcessor.class.getName());

  @EJB private YearEndWork work;

  @Override
  public Object processItem(Object item) {
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
