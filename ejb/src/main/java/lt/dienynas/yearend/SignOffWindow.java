package lt.dienynas.yearend;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import lt.dienynas.school.WorkingDayCalendar;

/**
 * When the class teacher confirms the summary (§21.18): from the end of teaching until 10 calendar
 * days after it; when a student of the class has summer work, until 10 working days after the last
 * summer work is done, but no later than the last working day of the school year.
 *
 * @param opens the first day a confirmation is taken
 * @param deadline the last day of the window (a later confirmation is taken, marked late)
 */
public record SignOffWindow(LocalDate opens, LocalDate deadline, boolean summerWork)
    implements Serializable {

  public static SignOffWindow of(
      LocalDate teachingEnd,
      Optional<LocalDate> lastSummerWork,
      LocalDate schoolYearEnd,
      WorkingDayCalendar calendar) {
    LocalDate regular = teachingEnd.plusDays(10);
    if (lastSummerWork.isEmpty()) {
      return new SignOffWindow(teachingEnd, regular, false);
    }
    LocalDate lastWorkingDay = schoolYearEnd;
    while (!calendar.isWorkingDay(lastWorkingDay)) {
      lastWorkingDay = lastWorkingDay.minusDays(1);
    }
    LocalDate afterSummerWork = calendar.addWorkingDays(lastSummerWork.get(), 10);
    LocalDate deadline = afterSummerWork.isAfter(lastWorkingDay) ? lastWorkingDay : afterSummerWork;
    return new SignOffWindow(teachingEnd, deadline.isBefore(regular) ? regular : deadline, true);
  }

  public boolean isOpenOn(LocalDate day) {
    return !day.isBefore(opens);
  }

  public boolean isLate(LocalDate day) {
    return day.isAfter(deadline);
  }
}
