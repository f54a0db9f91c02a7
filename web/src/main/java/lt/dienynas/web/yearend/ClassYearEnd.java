package lt.dienynas.web.yearend;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import lt.dienynas.assessment.ClassYearEndForm;
import lt.dienynas.assessment.ClassYearEndService;
import lt.dienynas.assessment.PromotionKind;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.web.faces.Notices;

/**
 * The class teacher's year-end page of a class (§21.17, §30): per period each student's missed and
 * justified lessons as the journal counts them, confirmed (or corrected) by the class teacher, and
 * the promotion decision. Every save names the version the page loaded.
 */
@Named
@ViewScoped
public class ClassYearEnd implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private ClassYearEndService yearEnd;

  private Long schoolClass;
  private PeriodKind period = PeriodKind.FIRST_SEMESTER;
  private ClassYearEndForm form;
  private final Map<Long, String> missed = new HashMap<>();
  private final Map<Long, String> justified = new HashMap<>();
  private final Map<Long, String> decisions = new HashMap<>();
  private final Map<Long, String> notes = new HashMap<>();

  public void load() {
    if (schoolClass == null) {
      return;
    }
    form = yearEnd.form(schoolClass, period);
    missed.clear();
    justified.clear();
    decisions.clear();
    notes.clear();
    for (ClassYearEndForm.Row row : form.rows()) {
      missed.put(
          row.studentId(),
          Integer.toString(row.confirmed() ? row.confirmedMissed() : row.computedMissed()));
      justified.put(
          row.studentId(),
          Integer.toString(row.confirmed() ? row.confirmedJustified() : row.computedJustified()));
      decisions.put(row.studentId(), row.promotion() == null ? null : row.promotion().name());
      notes.put(row.studentId(), row.promotionNote());
    }
  }

  /** Confirms one student's counts of the period, as typed. */
  public void confirm(long studentId) {
    ClassYearEndForm.Row row = row(studentId);
    yearEnd.confirmAttendance(
        studentId,
        form.schoolYearId(),
        period,
        count(missed.get(studentId)),
        count(justified.get(studentId)),
        row.attendanceVersion());
    load();
    Notices.info("classYearEnd.confirmed", row.studentName());
  }

  /** Saves one student's promotion decision. */
  public void decide(long studentId) {
    ClassYearEndForm.Row row = row(studentId);
    yearEnd.decidePromotion(
        studentId,
        form.schoolYearId(),
        decision(decisions.get(studentId)),
        notes.get(studentId),
        row.promotionVersion());
    load();
    Notices.info("classYearEnd.decided", row.studentName());
  }

  private ClassYearEndForm.Row row(long studentId) {
    return form.rows().stream()
        .filter(r -> r.studentId() == studentId)
        .findFirst()
        .orElseThrow(() -> new lt.dienynas.shared.BusinessException("yearEnd.stale"));
  }

  /** An empty or non-numeric field is refused like a negative count. */
  private static int count(String value) {
    try {
      return value == null ? -1 : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** No choice is refused by the service ({@code promotion.required}). */
  private static PromotionKind decision(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PromotionKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public PeriodKind[] getPeriods() {
    return PeriodKind.values();
  }

  public PromotionKind[] getDecisionKinds() {
    return PromotionKind.values();
  }

  public Long getSchoolClass() {
    return schoolClass;
  }

  public void setSchoolClass(Long schoolClass) {
    this.schoolClass = schoolClass;
  }

  public PeriodKind getPeriod() {
    return period;
  }

  public void setPeriod(PeriodKind period) {
    this.period = period == null ? PeriodKind.FIRST_SEMESTER : period;
  }

  public ClassYearEndForm getForm() {
    return form;
  }

  public Map<Long, String> getMissed() {
    return missed;
  }

  public Map<Long, String> getJustified() {
    return justified;
  }

  public Map<Long, String> getDecisions() {
    return decisions;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
