package lt.dienynas.batch.locking;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.shared.SchoolClock;

/**
 * The step of the {@code month-lock} job: one call of {@link MonthLockService#lockPastDeadline}.
 */
@Named("monthLockBatchlet")
@Dependent
public class MonthLockBatchlet extends AbstractBatchlet {
  @Inject private SchoolClock clock;

  private static final Logger LOG = Logger.getLogger(MonthLockBatchlet.class.getName());

  /** Well within JBeret's EXITSTATUS column (VARCHAR(512)). */
  private static final int LONGEST_STATUS = 400;

  @Inject
  @BatchProperty(name = "today")
  private String today;

  @Inject private JobContext job;

  @EJB private MonthLockService locks;

  @Override
  public String process() {
    LocalDate day = today == null || today.isBlank() ? clock.today() : LocalDate.parse(today);
    List<YearMonth> locked = locks.lockPastDeadline(day);
    LOG.info(() -> "Month lock for " + day + ": newly locked " + locked);
    String status = exitStatus(locked);
    job.setExitStatus(status);
    return status;
  }

  /**
   * "LOCKED [2026-10, 2026-11]"; a list too long for the job repository's exit status column
   * (several years' months at once) names its count, first and last month instead.
   */
  static String exitStatus(List<YearMonth> locked) {
    String all = "LOCKED " + locked;
    if (all.length() <= LONGEST_STATUS) {
      return all;
    }
    return "LOCKED "
        + locked.size()
        + " months ["
        + locked.get(0)
        + " .. "
        + locked.get(locked.size() - 1)
        + "]";
  }
}
