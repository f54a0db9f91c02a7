package lt.dienynas.web.yearend;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.yearend.ClassStatus;
import lt.dienynas.yearend.SignOffService;
import lt.dienynas.yearend.YearOption;

/** Metų suvestinės: the classes of a school year and where their summaries stand. */
@Named
@ViewScoped
public class YearEndOverview implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private SignOffService signOffs;

  private Long year;
  private List<YearOption> years;
  private List<ClassStatus> classes;

  public void load() {
    years = signOffs.years();
    if (year == null && !years.isEmpty()) {
      year = years.get(0).id();
    }
    classes = year == null ? List.of() : signOffs.classes(year);
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

  public List<ClassStatus> getClasses() {
    return classes;
  }
}
