package lt.dienynas.batch.classdocs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.logging.Logger;
import lt.dienynas.classdocs.InstructionService;
import lt.dienynas.shared.SchoolClock;

/**
 * The step of the {@code instruction-retention} job: the instructions kept their one year (§21.4,
 * §23.9) and go, through {@link InstructionService#removeExpired}, which writes a history entry for
 * each; the service removes at most a thousand a call, so the step calls it until none is left.
 */
@Named("instructionRetentionBatchlet")
@Dependent
public class InstructionRetentionBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(InstructionRetentionBatchlet.class.getName());

  @Inject private SchoolClock clock;

  @Inject
  @BatchProperty(name = "today")
  private String today;

  @Inject private JobContext job;

  @EJB private InstructionService instructions;

  @Override
  public String process() {
    LocalDate day = today == null || today.isBlank() ? clock.today() : LocalDate.parse(today);
    int removed = 0;
    for (int batch = instructions.removeExpired(day);
        batch > 0;
        batch = instructions.removeExpired(day)) {
      removed += batch;
    }
    int total = removed;
    LOG.info(() -> "Instruction retention for " + day + ": " + total + " removed");
    String status = "REMOVED " + total;
    job.setExitStatus(status);
    return status;
  }
}
