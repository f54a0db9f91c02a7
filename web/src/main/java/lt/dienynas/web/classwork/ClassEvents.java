package lt.dienynas.web.classwork;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.classwork.ClassEventService;
import lt.dienynas.classwork.ClassEventView;
import lt.dienynas.shared.SchoolClock;

/**
 * Klasės renginiai ir tėvų susirinkimai (§21.13): a month's calendar (Monday to Sunday weeks) of
 * the parents' meetings, open days and class events of the caller's classes — a guardian's
 * children's, a student's own, a class teacher's — or of one class ({@code ?class=}), with the
 * month's list below it.
 */
@Named
@ViewScoped
public class ClassEvents implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private ClassEventService events;
  @Inject private SchoolClock clock;

  private YearMonth month;
  private Long classId;
  private YearMonth shown;
  private List<ClassEventView> list = List.of();
  private List<List<Day>> weeks = List.of();

  /** One day cell of the month's grid; {@code inMonth} false for the neighbouring months' days. */
  public record Day(LocalDate date, boolean inMonth, boolean today, List<ClassEventView> events)
      implements Serializable {}

  public void load() {
    shown = month == null ? YearMonth.from(clock.today()) : month;
    list = classId == null ? events.mine(shown) : events.ofClass(classId, shown);
    LocalDate today = clock.today();
    LocalDate day = shown.atDay(1).with(DayOfWeek.MONDAY);
    List<List<Day>> grid = new ArrayList<>();
    while (!day.isAfter(shown.atEndOfMonth())) {
      List<Day> week = new ArrayList<>();
      for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
        LocalDate d = day;
        week.add(
            new Day(
                d,
                YearMonth.from(d).equals(shown),
                d.equals(today),
                list.stream().filter(e -> e.date().equals(d)).toList()));
      }
      grid.add(week);
    }
    weeks = grid;
  }

  public String getPrevious() {
    return shown.minusMonths(1).toString();
  }

  public String getNext() {
    return shown.plusMonths(1).toString();
  }

  public YearMonth getShown() {
    return shown;
  }

  public YearMonth getMonth() {
    return month;
  }

  public void setMonth(YearMonth month) {
    this.month = month;
  }

  public Long getClassId() {
    return classId;
  }

  public void setClassId(Long classId) {
    this.classId = classId;
  }

  public List<ClassEventView> getList() {
    return list;
  }

  public List<List<Day>> getWeeks() {
    return weeks;
  }
}
