package lt.dienynas.batch.registry;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lt.dienynas.registry.RegistryImportLine;
import lt.dienynas.registry.RegistryImportWork;

/** Stores the verdicts of a chunk of lines, in the chunk's transaction. */
@Named
@Dependent
public class RegistryVerdictWriter extends AbstractItemWriter {

  @Inject private RegistryImportWork work;

  @Override
  public void writeItems(List<Object> items) {
    work.record(items.stream().map(RegistryImportLine.class::cast).toList());
  }
}
