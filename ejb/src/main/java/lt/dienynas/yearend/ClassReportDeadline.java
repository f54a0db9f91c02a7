package lt.dienynas.yearend;

import java.time.LocalDate;
import java.util.Optional;
import lt.dienynas.school.WorkingDayCalendar;

/**
 * When a class's semester or annual report is due (§21.17): 5 working days (no weekends, no public
 * holidays of the school's calendar) after the period ends; for the annual report, after the last
 * summer work of the class's students when that ends later.
 *
 * @param ends the day the period (or the summer work) ends
 * @param deadline the last day the report is on time
 */
public record ClassReportDeadline(LocalDate ends, LocalDate deadline, boolean summerWork) {
  public static final int WORKING_DAYS = 5;

  public static ClassReportDeadline of(
      LocalDate periodEnd, Optional<LocalDate> lastSummerWork, WorkingDayCalendar calendar) {
    boolean summer = lastSummerWork.filter(d -> d.isAfter(periodEnd)).isPresent();
    LocalDate ends = summer ? lastSummerWork.get() : periodEnd;
    return new ClassReportDeadline(ends, calendar.addWorkingDays(ends, WORKING_DAYS), summer);
  }

  public boolean isOverdueOn(LocalDate day) {
    return day.isAfter(deadline);
  }
}
