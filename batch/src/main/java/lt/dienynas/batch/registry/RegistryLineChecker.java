package lt.dienynas.batch.registry;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import lt.dienynas.registry.RegistryFile;
import lt.dienynas.registry.RegistryImportWork;

/**
 * Gives one line its verdict. The keys of the good lines seen so far (for the duplicate check)
 * start from what earlier chunks stored, so a restarted step still finds duplicates of lines
 * checked before the restart.
 */
@Named
@Dependent
public class RegistryLineChecker implements ItemProcessor {

  @Inject
  @BatchProperty(name = "importId")
  private String importId;

  @Inject private RegistryImportWork work;

  private RegistryFile file;
  private Map<String, Integer> seen;

  @Override
  public Object processItem(Object item) {
    long id = Long.parseLong(importId);
    if (file == null) {
      file = work.file(id);
      seen = work.checkedKeys(id);
    }
    return work.check(id, file, (RegistryFile.Line) item, seen);
  }
}
