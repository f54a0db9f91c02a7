package lt.dienynas.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lt.dienynas.shared.DateRange;

/**
 * Darbo dienų kalendorius: working days (Monday–Friday, not a public holiday) and school days
 * (working days outside the school holidays). School holidays are working days for staff, so
 * deadlines such as "within 2 working days" run through them.
 *
 * <p>Not thread-safe: it caches public holidays per year; build one per use.
 */
public class WorkingDayCalendar {

  private final List<DateRange> schoolHolidays;
  private final Map<Integer, Set<LocalDate>> publicHolidaysByYear = new HashMap<>();

  public WorkingDayCalendar(List<DateRange> schoolHolidays) {
    this.schoolHolidays = List.copyOf(Objects.requireNonNull(schoolHolidays, "schoolHolidays"));
  }

  /** Monday–Friday and not a public holiday. */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY
        && day != DayOfWeek.SUNDAY
        && !publicHolidays(date.getYear()).contains(date);
  }

  /** A working day outside the school holidays. */
  public boolean isSchoolDay(LocalDate date) {
    return isWorkingDay(date) && schoolHolidays.stream().noneMatch(h -> h.contains(date));
  }

  /**
   * The date {@code days} working days after {@code date} (before it when negative); {@code date}
   * itself for 0, even when it is not a working day.
   */
  public LocalDate addWorkingDays(LocalDate date, int days) {
    int step = days < 0 ? -1 : 1;
    LocalDate result = date;
    for (int left = Math.abs(days); left > 0; ) {
      result = result.plusDays(step);
      if (isWorkingDay(result)) {
        left--;
      }
    }
    return result;
  }

  /**
   * The working days after {@code from} up to and including {@code to}, negative when {@code to} is
   * before {@code from}; so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    return (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
  }

  /** The school days from {@code from} to {@code to}, both inclusive, in order. */
  public List<LocalDate> schoolDays(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return List.of();
    }
    return from.datesUntil(to.plusDays(1)).filter(this::isSchoolDay).toList();
  }

  private Set<LocalDate> publicHolidays(int year) {
    return publicHolidaysByYear.computeIfAbsent(
        year,
        y ->
            LithuanianPublicHolidays.of(y).stream()
                .map(PublicHoliday::date)
                .collect(Collectors.toUnmodifiableSet()));
  }
}
