package lt.dienynas.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.assessment.GradeEntryState;
import lt.dienynas.assessment.PeriodGradeService;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.Notices;

/**
 * The DB admin opens and closes period-grade entry (§18.11): a class (its class group's row covers
 * every group of the class without a setting of its own) or one group.
 */
@Named
@ViewScoped
public class GradeEntry implements Serializable {
  @Inject private SchoolClock clock;

  @Serial private static final long serialVersionUID = 1L;

  @Inject private PeriodGradeService grades;

  private PeriodKind period = PeriodKind.FIRST_SEMESTER;
  private List<GradeEntryState> states = List.of();

  public void load() {
    states = grades.entryStates(period, clock.today());
  }

  public void set(GradeEntryState state, boolean open) {
    grades.setEntry(
        state.yearId(),
        period,
        state.classId(),
        state.classId() == null ? state.groupId() : null,
        open);
    load();
    Notices.info(open ? "assessment.entryOpened" : "assessment.entryClosed", state.groupName());
  }

  public PeriodKind[] getPeriods() {
    return PeriodKind.values();
  }

  public PeriodKind getPeriod() {
    return period;
  }

  public void setPeriod(PeriodKind period) {
    this.period = period == null ? PeriodKind.FIRST_SEMESTER : period;
  }

  public List<GradeEntryState> getStates() {
    return states;
  }
}
