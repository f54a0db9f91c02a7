package lt.dienynas.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Names this boot of the application as the one running the execution, before its first step
 * ({@link LostExecutions}); on every job.
 */
@Named("executionOwner")
@Dependent
public class ExecutionOwnerListener extends AbstractJobListener {

  @Inject private JobContext job;

  @EJB private LostExecutions executions;

  @Override
  public void beforeJob() {
    executions.owned(job.getExecutionId());
  }
}
