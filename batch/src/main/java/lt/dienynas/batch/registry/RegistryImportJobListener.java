package lt.dienynas.batch.registry;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import lt.dienynas.registry.RegistryImportWork;

/** Records a failed run on the import, so the page shows it and offers the restart. */
@Named
@Dependent
public class RegistryImportJobListener extends AbstractJobListener {
  private static final Logger LOG = Logger.getLogger(RegistryImportJobListener.class.getName());

  @Inject
  @BatchProperty(name = "importId")
  private String importId;

  @Inject private RegistryImportWork work;

  @Inject private JobContext job;

  @Override
  public void afterJob() {
    if (job.getBatchStatus() == BatchStatus.FAILED
        || job.getBatchStatus() == BatchStatus.STOPPING) {
      LOG.log(
          Level.WARNING,
          "Registry import {0} stopped: {1}",
          new Object[] {importId, job.getBatchStatus()});
      work.finish(Long.parseLong(importId), false);
    }
  }
}
