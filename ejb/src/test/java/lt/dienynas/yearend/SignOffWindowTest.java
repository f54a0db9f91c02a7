package lt.dienynas.yearend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lt.dienynas.school.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** §21.18: 10 calendar days after teaching; with summer work 10 working days after it, capped. */
class SignOffWindowTest {
  private static final LocalDate TEACHING_END = LocalDate.of(2031, 6, 20);
  private static final LocalDate YEAR_END = LocalDate.of(2031, 8, 31); // a Sunday
  private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of());

  @Test
  void withoutSummerWorkTenCalendarDaysAfterTeaching() {
    SignOffWindow window = SignOffWindow.of(TEACHING_END, Optional.empty(), YEAR_END, CALENDAR);
    assertEquals(TEACHING_END, window.opens());
    assertEquals(LocalDate.of(2031, 6, 30), window.deadline());
    assertFalse(window.summerWork());
    assertFalse(window.isOpenOn(LocalDate.of(2031, 6, 19)));
    assertTrue(window.isOpenOn(TEACHING_END));
    assertFalse(window.isLate(LocalDate.of(2031, 6, 30)));
    assertTrue(window.isLate(LocalDate.of(2031, 7, 1)));
  }

  @Test
  void summerWorkMovesTheDeadlineTenWorkingDaysAfterIt() {
    // Friday 8 August 2031 + 10 working days, Žolinė (Friday 15 August) not counted = Monday 25th
    SignOffWindow window =
        SignOffWindow.of(TEACHING_END, Optional.of(LocalDate.of(2031, 8, 8)), YEAR_END, CALENDAR);
    assertTrue(window.summerWork());
    assertEquals(LocalDate.of(2031, 8, 25), window.deadline());
  }

  @Test
  void butNoLaterThanTheLastWorkingDayOfTheSchoolYear() {
    // 20 August + 10 working days = 3 September; the year's last working day is Friday 29 August
    SignOffWindow window =
        SignOffWindow.of(TEACHING_END, Optional.of(LocalDate.of(2031, 8, 20)), YEAR_END, CALENDAR);
    assertEquals(LocalDate.of(2031, 8, 29), window.deadline());
  }

  @Test
  void summerWorkDoneEarlyNeverShortensTheRegularWindow() {
    // done 9 June: + 10 working days = 23 June, before the regular 30 June
    SignOffWindow window =
        SignOffWindow.of(TEACHING_END, Optional.of(LocalDate.of(2031, 6, 9)), YEAR_END, CALENDAR);
    assertEquals(LocalDate.of(2031, 6, 30), window.deadline(), "never before the regular one");
  }
}
