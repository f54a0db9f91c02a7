package lt.dienynas.batch.registry;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lt.dienynas.registry.RegistryImportWork;

/** The last step: the import is complete. */
@Named
@Dependent
public class RegistryImportFinish extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "importId")
  private String importId;

  @Inject private RegistryImportWork work;

  @Override
  public String process() {
    work.finish(Long.parseLong(importId), true);
    return "COMPLETED";
  }
}
