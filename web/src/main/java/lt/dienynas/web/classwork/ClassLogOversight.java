package lt.dienynas.web.classwork;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.classwork.ClassLogLag;
import lt.dienynas.classwork.ClassLogService;
import lt.dienynas.yearend.SignOffService;
import lt.dienynas.yearend.YearOption;

/**
 * The deputy's check of the class teachers' logs (§21.9, §19.13): the classes of the year with no
 * entry in the last week, with their latest entry.
 */
@Named
@ViewScoped
public class ClassLogOversight implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private ClassLogService log;
  @EJB private SignOffService signOffs;

  private Long year;
  private List<YearOption> years = List.of();
  private List<ClassLogLag> behind = List.of();

  public void load() {
    years = signOffs.years();
    if (year == null && !years.isEmpty()) {
      year = years.get(0).id();
    }
    behind = year == null ? List.of() : log.behind(year);
  }

  public int getWeek() {
    return ClassLogService.WEEK;
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
  }

  public List<YearOption> getYears() {
    return years;
  }

  public List<ClassLogLag> getBehind() {
    return behind;
  }
}
