package lt.dienynas.web.oversight;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.oversight.FillingDashboardService;
import lt.dienynas.oversight.FillingFigure;
import lt.dienynas.oversight.FillingGap;
import lt.dienynas.oversight.FillingScope;
import lt.dienynas.oversight.OversightYear;
import lt.dienynas.shared.SchoolClock;

/**
 * The list behind one figure of the filling dashboard: of a teacher, a class or a non-formal group
 * for whoever oversees it, or the calling teacher's own (no teacher, class or group given).
 */
@Named
@ViewScoped
public class FillingGaps implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private FillingDashboardService dashboards;

  @Inject private SchoolClock clock;

  private Long year;
  private LocalDate from;
  private LocalDate to;
  private FillingScope scope = FillingScope.SCHOOL;
  private FillingFigure figure = FillingFigure.NO_TOPIC;
  private Long teacher;
  private Long classId;
  private Long group;
  private List<FillingGap> gaps = List.of();

  public void load() {
    if (year == null || from == null || to == null) {
      // the teacher's own list from the menu: this school year up to today
      LocalDate today = clock.today();
      OversightYear current =
          dashboards.years().stream()
              .filter(
                  y -> year == null ? y.startDate().isBefore(today.plusDays(1)) : y.id() == year)
              .findFirst()
              .orElse(null);
      if (current == null) {
        return;
      }
      year = current.id();
      from = from == null ? current.startDate() : from;
      to = to == null ? (today.isBefore(current.endDate()) ? today : current.endDate()) : to;
    }
    if (teacher != null) {
      gaps = dashboards.ofTeacher(year, from, to, scope, figure, teacher);
    } else if (classId != null) {
      gaps = dashboards.ofClass(year, from, to, figure, classId);
    } else if (group != null) {
      gaps = dashboards.ofNonFormalGroup(year, from, to, figure, group);
    } else {
      gaps = dashboards.mine(year, from, to, figure);
    }
  }

  /** Whether this is the calling teacher's own list (no teacher, class or group asked for). */
  public boolean isMine() {
    return teacher == null && classId == null && group == null;
  }

  /** Whose list it is, for the heading: the first gap's teacher, class or group. */
  public String getWhose() {
    if (gaps.isEmpty()) {
      return "";
    }
    FillingGap first = gaps.get(0);
    if (classId != null) {
      return first.className();
    }
    if (group != null) {
      return first.groupName();
    }
    return first.teacherName();
  }

  public List<FillingGap> getGaps() {
    return gaps;
  }

  public FillingFigure[] getFigures() {
    return FillingFigure.values();
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
    this.scope = scope == null ? FillingScope.SCHOOL : scope;
  }

  public FillingFigure getFigure() {
    return figure;
  }

  /** An address without the figure (o:viewParam sets null then) lists the lessons without topic. */
  public void setFigure(FillingFigure figure) {
    this.figure = figure == null ? FillingFigure.NO_TOPIC : figure;
  }

  public Long getTeacher() {
    return teacher;
  }

  public void setTeacher(Long teacher) {
    this.teacher = teacher;
  }

  public Long getClassId() {
    return classId;
  }

  public void setClassId(Long classId) {
    this.classId = classId;
  }

  public Long getGroup() {
    return group;
  }

  public void setGroup(Long group) {
    this.group = group;
  }
}
