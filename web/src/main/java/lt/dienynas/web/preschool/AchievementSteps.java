package lt.dienynas.web.preschool;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lt.dienynas.preschool.AchievementStepService;
import lt.dienynas.preschool.AssessmentRound;
import lt.dienynas.preschool.ChildProgress;
import lt.dienynas.preschool.ChildSteps;
import lt.dienynas.preschool.Competency;
import lt.dienynas.preschool.GroupAssessment;
import lt.dienynas.preschool.GroupDistribution;
import lt.dienynas.preschool.StepInput;
import lt.dienynas.preschool.StepView;
import lt.dienynas.web.faces.PageMessages;

/**
 * Pasiekimų žingsniai (§22.10, §22.15): the group's children at the October or May assessment; the
 * teacher records a child's step and comment per competency, sees the child's progress over time
 * and prints the progress report; the group report gives the distribution of the steps.
 */
@Named
@ViewScoped
public class AchievementSteps extends PreschoolPage {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private AchievementStepService steps;

  private AssessmentRound round = AssessmentRound.OCTOBER;
  private Long student;
  private GroupAssessment sheet;
  private GroupDistribution distribution;
  private ChildProgress progress;
  private List<Entry> entries = List.of();

  /** One competency of the chosen child, as the form edits it. */
  public static class Entry implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
    private final Competency competency;
    private final StepView recorded;
    private Integer step;
    private String comment;

    Entry(Competency competency, StepView recorded) {
      this.competency = competency;
      this.recorded = recorded;
      this.step = recorded == null ? null : recorded.step();
      this.comment = recorded == null ? null : recorded.comment();
    }

    boolean changed() {
      return step != null
          && (recorded == null
              || recorded.step() != step
              || !Objects.equals(recorded.comment(), blankToNull(comment)));
    }

    public Competency getCompetency() {
      return competency;
    }

    public Integer getStep() {
      return step;
    }

    public void setStep(Integer step) {
      this.step = step;
    }

    public String getComment() {
      return comment;
    }

    public void setComment(String comment) {
      this.comment = comment;
    }
  }

  public void load() {
    if (!loadGroups()) {
      return;
    }
    sheet = steps.sheet(getGroup(), round);
    distribution = steps.distribution(getGroup(), round);
    ChildSteps child =
        sheet.children().stream()
            .filter(c -> student != null && c.studentId() == student)
            .findFirst()
            .orElse(null);
    if (child == null) {
      student = null;
      progress = null;
      entries = List.of();
      return;
    }
    progress = steps.progress(student);
    List<Entry> rows = new ArrayList<>();
    for (Competency c : Competency.values()) {
      rows.add(new Entry(c, child.of(c)));
    }
    entries = rows;
  }

  /** Records every competency whose step or comment the teacher changed. */
  public void save() {
    int saved = 0;
    for (Entry e : entries) {
      if (e.changed()) {
        steps.record(
            getGroup(),
            student,
            round,
            e.competency,
            new StepInput(e.step, blankToNull(e.comment)),
            e.recorded == null ? Integer.valueOf(-1) : e.recorded.version());
        saved++;
      }
    }
    load();
    PageMessages.info("preschool.step.saved", saved);
  }

  public void downloadProgressReport() {
    PageMessages.sendPdf(
        steps.progressReportPdf(student, round, locale()),
        "pazangos-ataskaita-" + student + "-" + round + ".pdf");
  }

  public void downloadGroupReport() {
    PageMessages.sendPdf(
        steps.groupReportPdf(getGroup(), round, locale()),
        "grupes-pasiekimai-" + getGroup() + "-" + round + ".pdf");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public AssessmentRound[] getRounds() {
    return AssessmentRound.values();
  }

  public Competency[] getCompetencies() {
    return Competency.values();
  }

  public List<Integer> getStepNumbers() {
    return List.of(1, 2, 3, 4, 5, 6, 7);
  }

  public AssessmentRound getRound() {
    return round;
  }

  public void setRound(AssessmentRound round) {
    this.round = round == null ? AssessmentRound.OCTOBER : round;
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
  }

  public GroupAssessment getSheet() {
    return sheet;
  }

  public GroupDistribution getDistribution() {
    return distribution;
  }

  public ChildProgress getProgress() {
    return progress;
  }

  public List<Entry> getEntries() {
    return entries;
  }
}
