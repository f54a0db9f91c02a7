package lt.dienynas.yearend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lt.dienynas.school.WorkingDayCalendar;
import lt.dienynas.shared.DateRange;
import org.junit.jupiter.api.Test;

/** §21.17: 5 working days after the period (or the class's later summer work) ends. */
class ClassReportDeadlineTest {
  private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of());

  @Test
  void fiveWorkingDaysSkipTheWeekend() {
    // Friday 24 January 2031: Mon 27 … Fri 31
    ClassReportDeadline d =
        ClassReportDeadline.of(LocalDate.of(2031, 1, 24), Optional.empty(), calendar);
    assertEquals(LocalDate.of(2031, 1, 31), d.deadline());
    assertFalse(d.summerWork());
    assertFalse(d.isOverdueOn(LocalDate.of(2031, 1, 31)));
    assertTrue(d.isOverdueOn(LocalDate.of(2031, 2, 1)));
  }

  @Test
  void aPublicHolidayIsNoWorkingDay() {
    // Friday 12 February 2027; Tuesday 16 February is Lietuvos valstybės atkūrimo diena
    assertEquals(
        LocalDate.of(2027, 2, 22),
        ClassReportDeadline.of(LocalDate.of(2027, 2, 12), Optional.empty(), calendar).deadline());
    // Friday 20 June 2031; Tuesday 24 June is Joninės
    assertEquals(
        LocalDate.of(2031, 6, 30),
        ClassReportDeadline.of(LocalDate.of(2031, 6, 20), Optional.empty(), calendar).deadline());
  }

  @Test
  void schoolHolidaysAreWorkingDaysForTheClassTeacher() {
    WorkingDayCalendar winterBreak =
        new WorkingDayCalendar(
            List.of(new DateRange(LocalDate.of(2031, 1, 27), LocalDate.of(2031, 1, 31))));
    assertEquals(
        LocalDate.of(2031, 1, 31),
        ClassReportDeadline.of(LocalDate.of(2031, 1, 24), Optional.empty(), winterBreak)
            .deadline());
  }

  @Test
  void summerWorkEndingLaterMovesTheAnnualDeadline() {
    ClassReportDeadline later =
        ClassReportDeadline.of(
            LocalDate.of(2031, 6, 20), Optional.of(LocalDate.of(2031, 8, 20)), calendar);
    assertTrue(later.summerWork());
    assertEquals(LocalDate.of(2031, 8, 20), later.ends());
    assertEquals(LocalDate.of(2031, 8, 27), later.deadline());
    ClassReportDeadline earlier =
        ClassReportDeadline.of(
            LocalDate.of(2031, 6, 20), Optional.of(LocalDate.of(2031, 6, 19)), calendar);
    assertFalse(earlier.summerWork());
    assertEquals(LocalDate.of(2031, 6, 30), earlier.deadline());
  }
}
