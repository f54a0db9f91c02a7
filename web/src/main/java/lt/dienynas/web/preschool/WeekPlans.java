package lt.dienynas.web.preschool;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.preschool.MissingWeekWork;
import lt.dienynas.preschool.PreschoolGroupInfo;
import lt.dienynas.preschool.WeekPlanService;
import lt.dienynas.preschool.WeekPlanView;
import lt.dienynas.preschool.WeekText;
import lt.dienynas.web.faces.PageMessages;

/**
 * Savaitės ugdomosios veiklos planas ir refleksija (§22.5): the teacher writes the week's plan and
 * its Friday reflection; the deputy sees the groups' missing plans and reflections.
 */
@Named
@ViewScoped
public class WeekPlans extends PreschoolPage {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private WeekPlanService plans;

  private LocalDate date;
  private WeekPlanView week;
  private String planText;
  private String reflectionText;
  private List<MissingWeekWork> missing = List.of();

  public void load() {
    if (!loadGroups()) {
      return;
    }
    show(plans.week(getGroup(), date));
    PreschoolGroupInfo group = chosen();
    if (isManagement() && group != null) {
      missing = plans.missing(group.yearId());
    }
  }

  private void show(WeekPlanView view) {
    week = view;
    planText = view.plan();
    reflectionText = view.reflection();
  }

  public void savePlan() {
    show(plans.savePlan(getGroup(), week.weekStart(), new WeekText(planText), version()));
    PageMessages.info("preschool.week.planSaved");
  }

  public void saveReflection() {
    show(
        plans.saveReflection(
            getGroup(), week.weekStart(), new WeekText(reflectionText), week.version()));
    PageMessages.info("preschool.week.reflectionSaved");
  }

  private Integer version() {
    return week.version() == null ? Integer.valueOf(-1) : week.version();
  }

  public LocalDate getPreviousWeek() {
    return week == null ? null : week.weekStart().minusWeeks(1);
  }

  public LocalDate getNextWeek() {
    return week == null ? null : week.weekStart().plusWeeks(1);
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public WeekPlanView getWeek() {
    return week;
  }

  public String getPlanText() {
    return planText;
  }

  public void setPlanText(String planText) {
    this.planText = planText;
  }

  public String getReflectionText() {
    return reflectionText;
  }

  public void setReflectionText(String reflectionText) {
    this.reflectionText = reflectionText;
  }

  public List<MissingWeekWork> getMissing() {
    return missing;
  }
}
