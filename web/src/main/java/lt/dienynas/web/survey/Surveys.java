package lt.dienynas.web.survey;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.survey.SurveyInfo;
import lt.dienynas.survey.SurveyService;

/** Apklausos for the DB admin and deputies: every survey, and a new draft. */
@Named
@ViewScoped
public class Surveys implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private SurveyService surveys;

  private List<SurveyInfo> all;
  private List<YearChoice> years;
  private Long yearId;
  private String title;
  private String description;
  private boolean anonymous = true;

  /** A school year to choose. */
  public record YearChoice(long id, String name) implements Serializable {}

  public void load() {
    all = surveys.all();
    years =
        surveys.years().stream()
            .map((SchoolYear y) -> new YearChoice(y.getId(), y.getName()))
            .toList();
    if (yearId == null && !years.isEmpty()) {
      yearId = years.get(0).id();
    }
  }

  public String create() {
    long id = surveys.create(yearId == null ? 0 : yearId, title, description, anonymous);
    return "/survey/edit?faces-redirect=true&id=" + id;
  }

  public List<SurveyInfo> getAll() {
    return all;
  }

  public List<YearChoice> getYears() {
    return years;
  }

  public Long getYearId() {
    return yearId;
  }

  public void setYearId(Long yearId) {
    this.yearId = yearId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }
}
