package lt.dienynas.batch.yearend;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import lt.dienynas.yearend.PackageResult;
import lt.dienynas.yearend.YearEndWork;

/** The archive job's last step: the year's package from the stored documents (§33–34). */
@Named("archivePackageBatchlet")
@Dependent
public class ArchivePackageBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(ArchivePackageBatchlet.class.getName());

  @Inject
  @BatchProperty(name = "yearId")
  private String yearId;

  @Inject private JobContext job;

  @EJB private YearEndWork work;

  @Override
  public String process() {
    PackageResult result = work.buildPackage(Long.parseLong(yearId), job.getExecutionId());
    LOG.info(
        () ->
            "Archive package of school year "
                + yearId
                + ": "
                + result.fileName()
                + ", "
                + result.size()
                + " bytes, SHA-256 "
                + result.sha256());
    String status = "PACKAGE " + result.sha256();
    job.setExitStatus(status);
    return status;
  }
}
