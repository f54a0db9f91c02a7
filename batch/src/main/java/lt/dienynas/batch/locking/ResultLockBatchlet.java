package lt.dienynas.batch.locking;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.logging.Logger;
import lt.dienynas.locking.ResultLockService;
import lt.dienynas.shared.SchoolClock;

/**
 * The nightly lock of period results (§30): every semester or annual grade, period attendance count
 * and additional work result entered before the job's day locks. The job's exit status stays the
 * month lock's; this step reports its count in its own exit status.
 */
@Named("resultLockBatchlet")
@Dependent
public class ResultLockBatchlet extends AbstractBatchlet {
  @Inject private SchoolClock clock;

  private static final Logger LOG = Logger.getLogger(ResultLockBatchlet.class.getName());

  @Inject
  @BatchProperty(name = "today")
  private String today;

  @Inject private StepContext step;

  @EJB private ResultLockService results;

  @Override
  public String process() {
    LocalDate day = today == null || today.isBlank() ? clock.today() : LocalDate.parse(today);
    int locked = results.lockEnteredBefore(day);
    LOG.info(() -> "Result lock for " + day + ": " + locked + " results locked");
    String status = "RESULTS LOCKED " + locked;
    step.setExitStatus(status);
    return status;
  }
}
