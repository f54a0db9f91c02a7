package lt.dienynas.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import lt.dienynas.demo.DemoSchoolModel.Holiday;
import lt.dienynas.demo.DemoSchoolModel.Period;
import lt.dienynas.demo.DemoSchoolModel.PeriodKind;
import lt.dienynas.demo.DemoSchoolModel.SchoolYear;
import lt.dienynas.school.LithuanianPublicHolidays;
import lt.dienynas.school.WorkingDayCalendar;
import lt.dienynas.shared.DateRange;

/**
 * The calendar of one school year (1 September to 31 August) as a Lithuanian general-education plan
 * lays it out: two semesters, the autumn, Christmas, winter, Easter and summer holidays. The dates
 * move with the year (the Easter holiday follows Easter), so the demo and the benchmark can live in
 * any year. Public holidays come from {@link LithuanianPublicHolidays} through {@link
 * WorkingDayCalendar}.
 */
public record DemoCalendar(
    SchoolYear year, List<Period> periods, List<Holiday> holidays, LocalDate teachingEnd) {

  /** The school year that contains {@code day}: it starts on the 1 September on or before it. */
  public static DemoCalendar containing(LocalDate day) {
    return ofStartYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
  }

  /** The school year beginning on 1 September of {@code startYear}. */
  public static DemoCalendar ofStartYear(int startYear) {
    LocalDate start = LocalDate.of(startYear, Month.SEPTEMBER, 1);
    LocalDate end = LocalDate.of(startYear + 1, Month.AUGUST, 31);
    int next = startYear + 1;
    // the I semester ends on the Friday on or before 24 January, the II begins the Monday after
    LocalDate firstEnd =
        LocalDate.of(next, 1, 24).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    LocalDate secondStart = firstEnd.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    // lessons end on the Friday on or before 20 June
    LocalDate teachingEnd =
        LocalDate.of(next, 6, 20).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    LocalDate easterMonday = LithuanianPublicHolidays.easterSunday(next).plusDays(1);
    List<Holiday> holidays =
        List.of(
            week("Rudens atostogos", LocalDate.of(startYear, 10, 28)),
            new Holiday(
                "Žiemos (Kalėdų) atostogos",
                LocalDate.of(startYear, 12, 23),
                LocalDate.of(next, 1, 2)),
            week("Žiemos atostogos", LocalDate.of(next, 2, 17)),
            new Holiday("Pavasario (Velykų) atostogos", easterMonday, easterMonday.plusDays(4)),
            new Holiday("Vasaros atostogos", teachingEnd.plusDays(1), end));
    return new DemoCalendar(
        new SchoolYear(startYear + "–" + next, start, end),
        List.of(
            new Period(PeriodKind.FIRST_SEMESTER, start, firstEnd),
            new Period(PeriodKind.SECOND_SEMESTER, secondStart, teachingEnd),
            new Period(PeriodKind.ANNUAL, start, teachingEnd)),
        holidays,
        teachingEnd);
  }

  /** Monday to Friday of the week that holds {@code day}. */
  private static Holiday week(String name, LocalDate day) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new Holiday(name, monday, monday.plusDays(4));
  }

  public LocalDate start() {
    return year.start();
  }

  public LocalDate end() {
    return year.end();
  }

  public WorkingDayCalendar workingDays() {
    return new WorkingDayCalendar(
        holidays.stream().map(h -> new DateRange(h.start(), h.end())).toList());
  }

  /** The school days from the year's start up to and including {@code last} (within the year). */
  public List<LocalDate> schoolDaysUpTo(LocalDate last) {
    LocalDate to = last.isAfter(end()) ? end() : last;
    return workingDays().schoolDays(start(), to);
  }
}
