package lt.dienynas.web.correction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lt.dienynas.correction.CorrectionDraft;
import lt.dienynas.correction.CorrectionLine;
import lt.dienynas.correction.CorrectionService;
import lt.dienynas.correction.LessonContext;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.shared.BusinessException;

/**
 * The author drafts an act from a lesson of the journal (Annex 1): for each student whose mark was
 * wrong the correct one, optionally a period grade and the period's missed / justified counts, the
 * nature of the error and the reason. The service checks the wrong values against the diary.
 */
@Named
@ViewScoped
public class DraftCorrection implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private CorrectionService corrections;

  private Long lesson;
  private LessonContext context;
  private final Map<Long, String> correctMarks = new LinkedHashMap<>();
  private Long periodStudent;
  private PeriodKind period;
  private String wrongGrade;
  private String correctGrade;
  private Integer wrongMissed;
  private Integer wrongJustified;
  private Integer correctMissed;
  private Integer correctJustified;
  private Long workStudent;
  private String workKind = "ADDITIONAL";
  private String wrongWork;
  private String correctWork;
  private String errorNature;
  private String reason;

  /** What typed in "Teisingas" removes a mark. */
  private static final java.util.Set<String> REMOVE = java.util.Set.of("-", "–", "—");

  public void load() {
    context = corrections.lessonContext(lesson);
    for (LessonContext.StudentMark s : context.students()) {
      // the correct value starts empty: typing "10" must not become "910"
      correctMarks.putIfAbsent(s.studentId(), "");
    }
  }

  /** Drafts and submits the act, then shows it. */
  public String submit() {
    List<CorrectionLine> lines = new ArrayList<>();
    for (LessonContext.StudentMark s : context.students()) {
      String typed = blank(correctMarks.get(s.studentId()));
      if (typed == null) {
        continue; // left empty: this student's mark stays as it is
      }
      // a dash removes the mark written by mistake
      String correct = REMOVE.contains(typed) ? null : typed;
      if (!Objects.equals(correct, blank(s.mark()))) {
        lines.add(CorrectionLine.mark(s.studentId(), lesson, s.mark(), correct));
      }
    }
    if (periodStudent != null && period != null) {
      if (blank(wrongGrade) != null || blank(correctGrade) != null) {
        lines.add(CorrectionLine.periodGrade(periodStudent, period, wrongGrade, correctGrade));
      }
      if (correctMissed != null || correctJustified != null) {
        if (wrongMissed == null
            || wrongJustified == null
            || correctMissed == null
            || correctJustified == null) {
          throw new BusinessException("correction.counts");
        }
        lines.add(
            CorrectionLine.periodAttendance(
                periodStudent,
                period,
                wrongMissed,
                wrongJustified,
                correctMissed,
                correctJustified));
      }
    }
    if (workStudent != null && (blank(wrongWork) != null || blank(correctWork) != null)) {
      lines.add(
          CorrectionLine.work(workStudent, "SUMMER".equals(workKind), wrongWork, correctWork));
    }
    long id =
        corrections.draft(
            new CorrectionDraft(
                context.groupId(),
                context.subjectId(),
                context.date(),
                errorNature,
                reason,
                lines));
    corrections.submit(id);
    return "/correction/act.xhtml?faces-redirect=true&id=" + id;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getWorkStudent() {
    return workStudent;
  }

  public void setWorkStudent(Long workStudent) {
    this.workStudent = workStudent;
  }

  public String getWorkKind() {
    return workKind;
  }

  public void setWorkKind(String workKind) {
    this.workKind = workKind;
  }

  public String getWrongWork() {
    return wrongWork;
  }

  public void setWrongWork(String wrongWork) {
    this.wrongWork = wrongWork;
  }

  public String getCorrectWork() {
    return correctWork;
  }

  public void setCorrectWork(String correctWork) {
    this.correctWork = correctWork;
  }

  public PeriodKind[] getPeriods() {
    return PeriodKind.values();
  }

  public LessonContext getContext() {
    return context;
  }

  public Map<Long, String> getCorrectMarks() {
    return correctMarks;
  }

  public Long getLesson() {
    return lesson;
  }

  public void setLesson(Long lesson) {
    this.lesson = lesson;
  }

  public Long getPeriodStudent() {
    return periodStudent;
  }

  public void setPeriodStudent(Long periodStudent) {
    this.periodStudent = periodStudent;
  }

  public PeriodKind getPeriod() {
    return period;
  }

  public void setPeriod(PeriodKind period) {
    this.period = period;
  }

  public String getWrongGrade() {
    return wrongGrade;
  }

  public void setWrongGrade(String wrongGrade) {
    this.wrongGrade = wrongGrade;
  }

  public String getCorrectGrade() {
    return correctGrade;
  }

  public void setCorrectGrade(String correctGrade) {
    this.correctGrade = correctGrade;
  }

  public Integer getWrongMissed() {
    return wrongMissed;
  }

  public void setWrongMissed(Integer wrongMissed) {
    this.wrongMissed = wrongMissed;
  }

  public Integer getWrongJustified() {
    return wrongJustified;
  }

  public void setWrongJustified(Integer wrongJustified) {
    this.wrongJustified = wrongJustified;
  }

  public Integer getCorrectMissed() {
    return correctMissed;
  }

  public void setCorrectMissed(Integer correctMissed) {
    this.correctMissed = correctMissed;
  }

  public Integer getCorrectJustified() {
    return correctJustified;
  }

  public void setCorrectJustified(Integer correctJustified) {
    this.correctJustified = correctJustified;
  }

  public String getErrorNature() {
    return errorNature;
  }

  public void setErrorNature(String errorNature) {
    this.errorNature = errorNature;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
