package lt.dienynas.web.school;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.school.TimetableCheck.Mismatch;
import lt.dienynas.school.TimetableCheckService;
import lt.dienynas.school.YearSetupService;
import lt.dienynas.shared.SchoolClock;

/** Tvarkaraščių patikra (§18.8): classes whose weekly lessons differ from the curriculum. */
@Named
@RequestScoped
public class TimetableCheckReport {
  @Inject private SchoolClock clock;

  @EJB private TimetableCheckService check;
  @EJB private YearSetupService setup;

  private Long year;
  private LocalDate day;
  private List<Mismatch> mismatches;

  public void load() {
    if (year == null) {
      year = setup.years().stream().findFirst().map(YearSetupService.YearLine::id).orElse(null);
    }
    if (day == null) {
      day = clock.today();
    }
    mismatches = year == null ? null : check.check(year, day);
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public List<Mismatch> getMismatches() {
    return mismatches;
  }
}
