package lt.dienynas.batch.yearend;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The partition's one item: its class. The checkpoint records that the class was handed on, so a
 * restarted partition whose class committed reads nothing more.
 */
@Named("yearEndClassReader")
@Dependent
public class ClassReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "classId")
  private String classId;

  private boolean done;

  @Override
  public void open(Serializable checkpoint) {
    done = Boolean.TRUE.equals(checkpoint);
  }

  @Override
  public Object readItem() {
    if (done) {
      return null;
    }
    done = true;
    return Long.valueOf(classId);
  }

  @Override
  public Serializable checkpointInfo() {
    return done;
  }
}
