package lt.dienynas.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import lt.dienynas.shared.DateRange;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  /** Spring holidays after Easter 2026 (Sunday 5 April, Monday 6 April a public holiday). */
  private static final DateRange SPRING_HOLIDAYS =
      new DateRange(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 10));

  private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(SPRING_HOLIDAYS));

  @Test
  void weekendsAreNeitherWorkingNorSchoolDays() {
    LocalDate saturday = LocalDate.of(2026, 4, 11);
    LocalDate sunday = LocalDate.of(2026, 4, 12);
    assertFalse(calendar.isWorkingDay(saturday));
    assertFalse(calendar.isWorkingDay(sunday));
    assertFalse(calendar.isSchoolDay(saturday));
    assertTrue(calendar.isSchoolDay(LocalDate.of(2026, 4, 13)));
  }

  @Test
  void publicHolidaysOnWeekdaysAreDaysOff() {
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))); // Easter Monday
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))); // a Monday
    assertFalse(calendar.isSchoolDay(LocalDate.of(2026, 4, 6)));
  }

  @Test
  void schoolHolidaysAreWorkingDaysForStaff() {
    LocalDate tuesday = LocalDate.of(2026, 4, 7);
    assertTrue(calendar.isWorkingDay(tuesday));
    assertFalse(calendar.isSchoolDay(tuesday));
    assertFalse(calendar.isSchoolDay(LocalDate.of(2026, 4, 10)));
  }

  @Test
  void addingWorkingDaysSkipsWeekendAndEasterMonday() {
    LocalDate goodFriday = LocalDate.of(2026, 4, 3);
    assertEquals(LocalDate.of(2026, 4, 7), calendar.addWorkingDays(goodFriday, 1));
    assertEquals(LocalDate.of(2026, 4, 8), calendar.addWorkingDays(goodFriday, 2));
    assertEquals(goodFriday, calendar.addWorkingDays(LocalDate.of(2026, 4, 7), -1));
    assertEquals(goodFriday, calendar.addWorkingDays(goodFriday, 0));
    LocalDate saturday = LocalDate.of(2026, 4, 4);
    assertEquals(saturday, calendar.addWorkingDays(saturday, 0));
  }

  @Test
  void countingWorkingDaysAcrossHolidays() {
    LocalDate goodFriday = LocalDate.of(2026, 4, 3);
    LocalDate holidaysEnd = LocalDate.of(2026, 4, 10);
    assertEquals(4, calendar.workingDaysBetween(goodFriday, holidaysEnd));
    assertEquals(-4, calendar.workingDaysBetween(holidaysEnd, goodFriday));
    assertEquals(0, calendar.workingDaysBetween(goodFriday, goodFriday));
    // 24–26 December 2025 are Wednesday to Friday
    assertEquals(
        1, calendar.workingDaysBetween(LocalDate.of(2025, 12, 23), LocalDate.of(2025, 12, 29)));
  }

  @Test
  void addingAndCountingAgree() {
    LocalDate start = LocalDate.of(2025, 12, 19);
    for (int days = -40; days <= 40; days++) {
      assertEquals(days, calendar.workingDaysBetween(start, calendar.addWorkingDays(start, days)));
    }
  }

  @Test
  void schoolDaysAroundEasterAndSpringHolidays() {
    assertEquals(
        List.of(
            LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 4, 2),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 13),
            LocalDate.of(2026, 4, 14)),
        calendar.schoolDays(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 14)));
    assertEquals(
        List.of(), calendar.schoolDays(LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 1)));
  }

  @Test
  void schoolYearBuildsItsCalendarFromItsHolidays() {
    SchoolYear year =
        new SchoolYear("2025–2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));
    year.addHoliday("Pavasario atostogos", SPRING_HOLIDAYS.start(), SPRING_HOLIDAYS.end());
    assertFalse(year.calendar().isSchoolDay(LocalDate.of(2026, 4, 8)));
    assertTrue(year.calendar().isWorkingDay(LocalDate.of(2026, 4, 8)));
  }
}
