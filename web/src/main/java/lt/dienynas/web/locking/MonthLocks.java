package lt.dienynas.web.locking;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.shared.BusinessException;

/**
 * The DB admin locks or unlocks a month of the diary for the whole school or one class (§18.7); an
 * unlock lasts until the end of the next day, when the nightly job locks the month again.
 */
@Named
@ViewScoped
public class MonthLocks implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private MonthLockService locks;

  private String month = YearMonth.now().minusMonths(1).toString();
  private Long classId;
  private List<SchoolClass> classes;

  @PostConstruct
  void load() {
    classes = locks.classesInUse();
  }

  public void lock() {
    locks.lock(parsedMonth(), classId);
  }

  public void unlock() {
    locks.unlock(parsedMonth(), classId, LocalDate.now().plusDays(2).atStartOfDay());
  }

  /** Whether the chosen month is locked now for the chosen class (or the school). */
  public boolean isLocked() {
    return locks.isLocked(classId, parsedMonth().atDay(1));
  }

  public LocalDateTime getUnlockEnds() {
    return LocalDate.now().plusDays(2).atStartOfDay();
  }

  private YearMonth parsedMonth() {
    try {
      return YearMonth.parse(month == null ? "" : month.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("month.format", month);
    }
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
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
