package lt.dienynas.web.preschool;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.preschool.AchievementStepService;
import lt.dienynas.preschool.AssessmentRound;
import lt.dienynas.preschool.PreschoolChild;
import lt.dienynas.preschool.PreschoolChildDay;
import lt.dienynas.preschool.PreschoolDiaryService;
import lt.dienynas.web.faces.PageMessages;

/**
 * A guardian's view of their pre-school child: the group's day rhythm, this week's activity plan
 * and reflection, the child's achievement steps over time, and the progress report to print.
 */
@Named
@ViewScoped
public class ChildPreschool implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private PreschoolDiaryService diary;
  @EJB private AchievementStepService steps;

  private Long student;
  private List<PreschoolChild> children = List.of();
  private PreschoolChildDay day;

  public void load() {
    children = diary.children();
    if (student == null && !children.isEmpty()) {
      student = children.get(0).studentId();
    }
    if (student != null) {
      day = diary.child(student);
    }
  }

  public void downloadReport(AssessmentRound round) {
    PageMessages.sendPdf(
        steps.progressReportPdf(
            student, round, FacesContext.getCurrentInstance().getViewRoot().getLocale()),
        "pazangos-ataskaita-" + student + "-" + round + ".pdf");
  }

  public AssessmentRound[] getRounds() {
    return AssessmentRound.values();
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
  }

  public List<PreschoolChild> getChildren() {
    return children;
  }

  public PreschoolChildDay getDay() {
    return day;
  }
}
