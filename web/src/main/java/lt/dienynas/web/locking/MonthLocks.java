package lt.dienynas.web.locking;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.Formats;

/**
 * The DB admin locks or unlocks a month of the diary for the whole school or one class (§18.7); an
 * unlock lasts until the end of the next day, when the nightly job locks the month again.
 */
@Named
@ViewScoped
public class MonthLocks implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** How many months back the page lists with their state. */
  private static final int MONTHS_SHOWN = 12;

  @Inject private MonthLockService locks;

  @Inject private SchoolClock clock;

  @Inject private Formats formats;

  private YearMonth month;
  private Long classId;
  private List<SchoolClass> classes;
  private List<MonthRow> months = List.of();

  /** A month as the page lists it: its label and whether it is locked for the chosen class. */
  public record MonthRow(String value, String label, boolean locked) implements Serializable {}

  @PostConstruct
  void load() {
    classes = locks.classesInUse();
    month = YearMonth.from(clock.today()).minusMonths(1);
    refresh();
  }

  /** Every listed month's state for the chosen class (or the school), shown before any button. */
  public void refresh() {
    List<MonthRow> rows = new ArrayList<>();
    YearMonth current = YearMonth.from(clock.today());
    for (int back = 0; back < MONTHS_SHOWN; back++) {
      YearMonth m = current.minusMonths(back);
      rows.add(new MonthRow(m.toString(), formats.month(m), locks.isLocked(classId, m.atDay(1))));
    }
    months = rows;
  }

  public void lock() {
    locks.lock(parsedMonth(), classId);
    refresh();
  }

  public void unlock() {
    locks.unlock(parsedMonth(), classId, getUnlockEnds());
    refresh();
  }

  public List<MonthRow> getMonths() {
    return months;
  }

  /** The chosen month's label ("2026 m. lapkritis"). */
  public String getMonthLabel() {
    return formats.month(parsedMonth());
  }

  /** Whether the chosen month is locked now for the chosen class (or the school). */
  public boolean isLocked() {
    return locks.isLocked(classId, parsedMonth().atDay(1));
  }

  public LocalDateTime getUnlockEnds() {
    return clock.today().plusDays(2).atStartOfDay();
  }

  private YearMonth parsedMonth() {
    if (month == null) {
      throw new BusinessException("month.format", "");
    }
    return month;
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

  public List<SchoolClass> getClasses() {
    return classes;
  }
}
