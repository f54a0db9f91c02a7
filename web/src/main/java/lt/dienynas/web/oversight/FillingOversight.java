package lt.dienynas.web.oversight;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.oversight.FillingDashboard;
import lt.dienynas.oversight.FillingDashboardService;
import lt.dienynas.oversight.FillingFigure;
import lt.dienynas.oversight.FillingScope;
import lt.dienynas.oversight.OversightYear;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;

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

  @Inject private SchoolClock clock;

  private Long year;
  private LocalDate from;
  private LocalDate to;
  private FillingScope scope;
  private List<OversightYear> years = List.of();
  private FillingDashboard dashboard;

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
