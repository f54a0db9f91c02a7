package lt.dienynas.web.oversight;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.oversight.FillingDashboard;
import lt.dienynas.oversight.FillingDashboardService;
import lt.dienynas.oversight.FillingFigure;
import lt.dienynas.oversight.FillingScope;
import lt.dienynas.oversight.MonthlyCheckService;
import lt.dienynas.oversight.MonthlyCheckView;
import lt.dienynas.oversight.OversightClass;
import lt.dienynas.oversight.OversightYear;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.PageMessages;

/**
 * Dienyno pildymo priežiūra (§19.1, §19.5, §19.13; §20): the deputy's dashboard of a period per
 * teacher and class, the organiser's of the non-formal groups per teacher and group; every figure
 * links to the list behind it ({@code gaps.xhtml}).
 */
@Named
@ViewScoped
public class FillingOversight implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private FillingDashboardService dashboards;

  @EJB private MonthlyCheckService checks;

  @Inject private SchoolClock clock;

  private Long year;
  private LocalDate from;
  private LocalDate to;
  private FillingScope scope;
  private List<OversightYear> years = List.of();
  private FillingDashboard dashboard;
  private List<MonthlyCheckView> monthlyChecks = List.of();
  private List<OversightClass> classes = List.of();
  private List<YearMonth> months = List.of();
  private YearMonth checkMonth;
  private Long checkClass;
  private String findings;
  private Integer checkVersion;

  public void load() {
    years = dashboards.years();
    LocalDate today = clock.today();
    OversightYear chosen = chosenYear(today);
    if (chosen == null) {
      return;
    }
    year = chosen.id();
    if (from == null) {
      from = chosen.startDate();
    }
    if (to == null) {
      to = today.isBefore(chosen.endDate()) ? today : chosen.endDate();
    }
    if (scope == null || !isSchoolWide()) {
      scope = isSchoolWide() ? FillingScope.SCHOOL : FillingScope.NON_FORMAL;
    }
    dashboard = dashboards.dashboard(year, from, to, scope);
    if (isSchoolWide()) {
      monthlyChecks = checks.ofYear(year);
      classes = checks.classes(year);
      months = monthsOf(chosen, today);
      if (checkMonth == null && !months.isEmpty()) {
        checkMonth = months.get(0);
      }
    }
  }

  /** The months of the year begun by today, the latest first. */
  private static List<YearMonth> monthsOf(OversightYear y, LocalDate today) {
    List<YearMonth> list = new ArrayList<>();
    YearMonth last = YearMonth.from(today.isBefore(y.endDate()) ? today : y.endDate());
    for (YearMonth m = last; !m.isBefore(YearMonth.from(y.startDate())); m = m.minusMonths(1)) {
      list.add(m);
    }
    return list;
  }

  /** The deputy records the month's check (§19.13); the teachers concerned are told. */
  public void recordCheck() {
    MonthlyCheckView recorded =
        checks.record(
            year,
            checkMonth,
            checkClass,
            findings,
            checkVersion == null ? Integer.valueOf(-1) : checkVersion);
    PageMessages.info("oversight.check.recorded", recorded.teachersTold());
    findings = null;
    checkVersion = null;
    monthlyChecks = checks.ofYear(year);
  }

  /** Opens a recorded check in the form, to check the month again. */
  public void editCheck(MonthlyCheckView check) {
    // the view record writes the month as the database holds it ("2026-10")
    checkMonth = YearMonth.parse(check.month());
    checkClass = check.classId();
    findings = check.findings();
    checkVersion = check.version();
  }

  public boolean isDeputy() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.DEPUTY);
  }

  public List<MonthlyCheckView> getMonthlyChecks() {
    return monthlyChecks;
  }

  public List<OversightClass> getClasses() {
    return classes;
  }

  public List<YearMonth> getMonths() {
    return months;
  }

  public YearMonth getCheckMonth() {
    return checkMonth;
  }

  public void setCheckMonth(YearMonth checkMonth) {
    this.checkMonth = checkMonth;
  }

  public Long getCheckClass() {
    return checkClass;
  }

  public void setCheckClass(Long checkClass) {
    this.checkClass = checkClass;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public Integer getCheckVersion() {
    return checkVersion;
  }

  public void setCheckVersion(Integer checkVersion) {
    this.checkVersion = checkVersion;
  }

  /** The year asked for, or the one of today, or the latest. */
  private OversightYear chosenYear(LocalDate today) {
    for (OversightYear y : years) {
      if (year != null && y.id() == year) {
        return y;
      }
    }
    for (OversightYear y : years) {
      if (!today.isBefore(y.startDate()) && !today.isAfter(y.endDate())) {
        return y;
      }
    }
    return years.isEmpty() ? null : years.get(0);
  }

  /** The school's management may look at either scope; the organiser at the non-formal one. */
  public boolean isSchoolWide() {
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    return external.isUserInRole(Role.Names.DEPUTY)
        || external.isUserInRole(Role.Names.DIRECTOR)
        || external.isUserInRole(Role.Names.DB_ADMIN);
  }

  public boolean isByGroup() {
    return scope == FillingScope.NON_FORMAL;
  }

  public FillingFigure[] getFigures() {
    return FillingFigure.values();
  }

  public FillingScope[] getScopes() {
    return FillingScope.values();
  }

  public List<OversightYear> getYears() {
    return years;
  }

  public FillingDashboard getDashboard() {
    return dashboard;
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
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

  public FillingScope getScope() {
    return scope;
  }

  public void setScope(FillingScope scope) {
    this.scope = scope;
  }
}
