package lt.dienynas.batch.support;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.support.EarlyWarningService;

/** Evaluates one chunk of students in the chunk's transaction; counts the crossings told. */
@Named("earlyWarningWriter")
@Dependent
public class EarlyWarningWriter extends AbstractItemWriter {
  @Inject
  @BatchProperty(name = "today")
  private String today;

  @Inject private SchoolClock clock;

  @Inject private StepContext step;

  @EJB private EarlyWarningService warnings;

  @Override
  public void writeItems(List<Object> items) {
    List<Long> ids = items.stream().map(Long.class::cast).toList();
    int told = warnings.evaluate(ids, day(today, clock));
    Object before = step.getTransientUserData();
    int total = (before instanceof Integer n ? n : 0) + told;
    step.setTransientUserData(total);
    step.setExitStatus("WARNINGS " + total);
  }

  static LocalDate day(String parameter, SchoolClock clock) {
    return parameter == null || parameter.isBlank() ? clock.today() : LocalDate.parse(parameter);
  }
}
