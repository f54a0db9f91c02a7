package lt.dienynas.web.school;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.school.YearRollover;
import lt.dienynas.school.YearRollover.ClassStep;
import lt.dienynas.school.YearRolloverService;
import lt.dienynas.school.YearRolloverService.Preview;
import lt.dienynas.school.YearSetupService;
import lt.dienynas.school.YearSetupService.YearLine;
import lt.dienynas.shared.Messages;

/**
 * Metų perkėlimas (§18.2): the admin previews every change — classes promoted, created, closed,
 * groups carried or not, students carried — and then applies exactly that plan.
 */
@Named
@ViewScoped
public class Rollover implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private YearRolloverService rollover;
  @EJB private YearSetupService setup;

  private Long year;
  private YearLine from;
  private String newName;
  private LocalDate newStart;
  private LocalDate newEnd;
  private Preview preview;

  public void load() {
    List<YearLine> years = setup.years();
    from =
        years.stream()
            .filter(y -> year == null ? !y.readOnly() : y.id() == year)
            .findFirst()
            .orElse(null);
    if (from != null && newName == null) {
      year = from.id();
      newName = YearRollover.nextYearName(from.name());
      newStart = from.end().plusDays(1);
      newEnd = newStart.plusYears(1).minusDays(1);
    }
  }

  public void preview() {
    preview = rollover.preview(year, newName, newStart, newEnd);
  }

  public String apply() {
    long created = rollover.apply(year, newName, newStart, newEnd, preview.fingerprint());
    return "/schoolyear/checklist.xhtml?faces-redirect=true&year=" + created;
  }

  public String teacher(Long id) {
    return id == null || preview == null ? "" : preview.teacherNames().getOrDefault(id, "");
  }

  /** Why a group is not carried, in the page's language. */
  public String reason(String key) {
    return Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
  }

  public List<ClassStep> getClassSteps() {
    return preview == null ? List.of() : preview.plan().classes();
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
  }

  public YearLine getFrom() {
    return from;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public LocalDate getNewStart() {
    return newStart;
  }

  public void setNewStart(LocalDate newStart) {
    this.newStart = newStart;
  }

  public LocalDate getNewEnd() {
    return newEnd;
  }

  public void setNewEnd(LocalDate newEnd) {
    this.newEnd = newEnd;
  }

  public Preview getPreview() {
    return preview;
  }
}
