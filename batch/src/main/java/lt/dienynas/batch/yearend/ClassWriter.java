package lt.dienynas.batch.yearend;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lt.dienynas.yearend.ClassDocuments;
import lt.dienynas.yearend.JobProgressLog;
import lt.dienynas.yearend.YearEndWork;

/**
 * Stores the class's documents in the chunk's transaction, together with its checkpoint, and counts
 * the class done for the job's progress in the same transaction.
 */
@Named("yearEndClassWriter")
@Dependent
public class ClassWriter extends AbstractItemWriter {

  @Inject private JobContext job;

  @EJB private YearEndWork work;

  @EJB private JobProgressLog progress;

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      ClassDocuments documents = (ClassDocuments) item;
      work.store(documents, job.getExecutionId());
      progress.classDone(job.getInstanceId(), documents.classId(), job.getExecutionId());
    }
  }
}
