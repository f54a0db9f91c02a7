package lt.dienynas.web.reports;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.reporting.LoginAnalyticsService;
import lt.dienynas.reporting.LoginAnalyticsService.ClassLogins;
import lt.dienynas.reporting.LoginAnalyticsService.PersonLogins;
import lt.dienynas.school.YearSetupService;
import lt.dienynas.school.YearSetupService.YearLine;
import lt.dienynas.shared.SchoolClock;
import org.omnifaces.util.Faces;

/**
 * Prisijungimų analizė (§18.10): per class, who of the students and guardians logged in over a
 * period and how often, who never did; a class's table downloads as CSV.
 */
@Named
@ViewScoped
public class LoginAnalytics implements Serializable {
  @Inject private SchoolClock clock;

  @Serial private static final long serialVersionUID = 1L;

  @EJB private LoginAnalyticsService analytics;
  @EJB private YearSetupService setup;

  private Long year;
  private Long schoolClass;
  private LocalDate from;
  private LocalDate to;
  private List<YearLine> years;
  private List<ClassLogins> classes = List.of();
  private List<PersonLogins> people = List.of();

  public void load() {
    years = setup.years();
    YearLine chosen =
        years.stream().filter(y -> year == null || y.id() == year).findFirst().orElse(null);
    if (chosen == null) {
      return;
    }
    year = chosen.id();
    if (from == null) {
      from = chosen.start();
    }
    if (to == null) {
      to = clock.today().isBefore(chosen.end()) ? clock.today() : chosen.end();
    }
    classes = analytics.byClass(year, from, to);
    people = schoolClass == null ? List.of() : analytics.ofClass(schoolClass, from, to);
  }

  public String show() {
    return "/reports/logins.xhtml?faces-redirect=true&includeViewParams=true";
  }

  public void exportCsv() {
    String csv =
        analytics.exportCsv(
            schoolClass, from, to, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    Faces.sendFile(
        csv.getBytes(StandardCharsets.UTF_8), "prisijungimai-" + schoolClass + ".csv", true);
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
  }

  public Long getSchoolClass() {
    return schoolClass;
  }

  public void setSchoolClass(Long schoolClass) {
    this.schoolClass = schoolClass;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public List<YearLine> getYears() {
    return years;
  }

  public List<ClassLogins> getClasses() {
    return classes;
  }

  public List<PersonLogins> getPeople() {
    return people;
  }
}
