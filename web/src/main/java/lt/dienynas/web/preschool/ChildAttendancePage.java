package lt.dienynas.web.preschool;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.diary.DiaryChild;
import lt.dienynas.diary.DiaryService;
import lt.dienynas.preschool.ChildMonth;
import lt.dienynas.preschool.PreschoolAttendanceService;
import lt.dienynas.shared.SchoolClock;

/**
 * A guardian's view of their child's pre-school attendance (§22.4, §22.7): the month's days —
 * present, absent (justified or not), late with the time — and the totals, child by child.
 */
@Named
@ViewScoped
public class ChildAttendancePage implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private PreschoolAttendanceService attendance;

  @EJB private DiaryService diary;

  @Inject private SchoolClock clock;

  private Long student;
  private YearMonth month;
  private List<DiaryChild> children = List.of();
  private ChildMonth shown;

  public void load() {
    if (month == null) {
      month = YearMonth.from(clock.today());
    }
    children = diary.children(clock.today());
    if (student == null && !children.isEmpty()) {
      student = children.get(0).studentId();
    }
    shown = student == null ? null : attendance.childMonth(student, month);
  }

  public String getPreviousMonth() {
    return month.minusMonths(1).toString();
  }

  public String getNextMonth() {
    return month.plusMonths(1).toString();
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
  }

  public YearMonth getMonth() {
    return month;
  }

  public void setMonth(YearMonth month) {
    this.month = month;
  }

  public List<DiaryChild> getChildren() {
    return children;
  }

  public ChildMonth getShown() {
    return shown;
  }
}
