package lt.dienynas.web.school;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lt.dienynas.school.YearChecklist;
import lt.dienynas.school.YearSetupService;
import lt.dienynas.shared.SchoolClock;

/** What is still missing for the school year to start (§18.1, due 5 September). */
@Named
@RequestScoped
public class StartChecklist {
  @Inject private SchoolClock clock;

  @EJB private YearSetupService setup;

  private Long year;
  private YearChecklist checklist;

  public void load() {
    if (year == null) {
      year = setup.years().stream().findFirst().map(YearSetupService.YearLine::id).orElse(null);
    }
    checklist = year == null ? null : setup.checklist(year);
  }

  public boolean isOverdue() {
    return checklist != null && checklist.overdue(clock.today());
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
  }

  public YearChecklist getChecklist() {
    return checklist;
  }
}
