package lt.dienynas.batch.registry;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lt.dienynas.registry.RegistryImportWork;

/** Marks the import as checked once every line has its verdict. */
@Named
@Dependent
public class RegistryCheckListener extends AbstractStepListener {

  @Inject
  @BatchProperty(name = "importId")
  private String importId;

  @Inject private RegistryImportWork work;

  @Inject private StepContext step;

  @Override
  public void afterStep() {
    if (step.getException() == null && step.getBatchStatus() != BatchStatus.FAILED) {
      work.validated(Long.parseLong(importId));
    }
  }
}
