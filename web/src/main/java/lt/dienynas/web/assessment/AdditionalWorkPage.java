package lt.dienynas.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lt.dienynas.assessment.AdditionalWorkKind;
import lt.dienynas.assessment.AdditionalWorkService;
import lt.dienynas.assessment.GroupWork;
import lt.dienynas.assessment.PeriodGradeValue;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.web.faces.Notices;

/**
 * Papildomi ir vasaros darbai (§23.12): the subject teacher of a group assigns additional or summer
 * work to a student (the class teacher is told) and enters its result, which becomes the year's
 * final result in the subject.
 */
@Named
@ViewScoped
public class AdditionalWorkPage implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private AdditionalWorkService work;

  private Long group;
  private Long subject;
  private GroupWork form;
  private Long student;
  private String kind = AdditionalWorkKind.ADDITIONAL.name();
  private LocalDate dueDate;
  private String task;
  private final Map<Long, String> results = new HashMap<>();

  public void load() {
    if (group == null || subject == null) {
      return;
    }
    form = work.ofGroup(group, subject);
    results.clear();
    for (GroupWork.Work w : form.works()) {
      results.put(w.id(), w.result());
    }
  }

  /** Assigns the work typed in the form. */
  public void assign() {
    if (student == null) {
      throw new BusinessException("api.badValue", "student");
    }
    work.assign(
        form.schoolYearId(), student, subject, AdditionalWorkKind.valueOf(kind), dueDate, task);
    student = null;
    dueDate = null;
    task = null;
    load();
    Notices.info("additionalWork.assigned");
  }

  /** Enters one work's result, against the version the page loaded. */
  public void enter(long workId) {
    GroupWork.Work row =
        form.works().stream()
            .filter(w -> w.id() == workId)
            .findFirst()
            .orElseThrow(() -> new BusinessException("yearEnd.stale"));
    String typed = results.get(workId);
    if (typed == null || typed.isBlank()) {
      throw new BusinessException("mark.unknown", "");
    }
    work.enterResult(workId, PeriodGradeValue.parse(typed), row.version());
    load();
    Notices.info("additionalWork.resultSaved", row.studentName());
  }

  public AdditionalWorkKind[] getKinds() {
    return AdditionalWorkKind.values();
  }

  public Long getGroup() {
    return group;
  }

  public void setGroup(Long group) {
    this.group = group;
  }

  public Long getSubject() {
    return subject;
  }

  public void setSubject(Long subject) {
    this.subject = subject;
  }

  public GroupWork getForm() {
    return form;
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public String getTask() {
    return task;
  }

  public void setTask(String task) {
    this.task = task;
  }

  public Map<Long, String> getResults() {
    return results;
  }
}
