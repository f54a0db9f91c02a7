package lt.dienynas.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import lt.dienynas.assessment.PeriodGradeForm;
import lt.dienynas.assessment.PeriodGradeRow;
import lt.dienynas.assessment.PeriodGradeService;
import lt.dienynas.assessment.PeriodGradeValue;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.journal.Versioned;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.web.faces.Notices;

/**
 * The subject teacher's period-grade form for a group: the period's marks, the marks from other
 * institutions and the suggested grade per student; a grade is typed as in the journal ("8", "įsk",
 * "atl", "pagr", "pp", "npp"). The service refuses while entry is closed.
 */
@Named
@ViewScoped
public class PeriodGrades implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private PeriodGradeService grades;

  private Long group;
  private Long subject;
  private PeriodKind period = PeriodKind.FIRST_SEMESTER;
  private PeriodGradeForm form;
  private final Map<Long, String> typed = new HashMap<>();
  private final Map<Long, Integer> versions = new HashMap<>();

  public void load() {
    if (group == null || subject == null) {
      return;
    }
    form = grades.form(group, subject, period);
    typed.clear();
    versions.clear();
    for (PeriodGradeRow row : form.rows()) {
      typed.put(row.studentId(), row.grade() == null ? row.suggested() : row.grade().notation());
      versions.put(row.studentId(), row.version() == null ? Versioned.ABSENT : row.version());
    }
  }

  /**
   * Saves one student's grade against the version the form loaded. When someone else changed it
   * meanwhile nothing is saved: the message names who and what it reads now, the typed grades stay
   * in the form, and the next save counts the current grade as seen.
   */
  public void save(long studentId) {
    try {
      grades.enter(
          group,
          subject,
          studentId,
          period,
          PeriodGradeValue.parse(typed.get(studentId)),
          versions.getOrDefault(studentId, Versioned.ABSENT));
    } catch (StaleWriteException e) {
      versions.put(
          studentId, e.getCurrentVersion() == null ? Versioned.ABSENT : e.getCurrentVersion());
      throw e;
    }
    load();
    Notices.info("assessment.gradeSaved");
  }

  public PeriodKind[] getPeriods() {
    return PeriodKind.values();
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

  public PeriodKind getPeriod() {
    return period;
  }

  public void setPeriod(PeriodKind period) {
    this.period = period == null ? PeriodKind.FIRST_SEMESTER : period;
  }

  public PeriodGradeForm getForm() {
    return form;
  }

  public Map<Long, String> getTyped() {
    return typed;
  }
}
