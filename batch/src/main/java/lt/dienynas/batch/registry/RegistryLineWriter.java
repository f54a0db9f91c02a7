package lt.dienynas.batch.registry;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lt.dienynas.registry.RegistryFile;
import lt.dienynas.registry.RegistryImportWork;

/** Imports a chunk of good lines, in the chunk's transaction: all of them or (on failure) none. */
@Named
@Dependent
public class RegistryLineWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "importId")
  private String importId;

  @Inject private RegistryImportWork work;

  private RegistryFile file;

  @Override
  public void writeItems(List<Object> items) {
    long id = Long.parseLong(importId);
    if (file == null) {
      file = work.file(id);
    }
    for (Object item : items) {
      work.importLine(id, file, (RegistryFile.Line) item);
    }
  }
}
