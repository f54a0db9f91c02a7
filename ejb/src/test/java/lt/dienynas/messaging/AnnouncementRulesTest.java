package lt.dienynas.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import lt.dienynas.school.ClassLevel;
import lt.dienynas.school.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class AnnouncementRulesTest {
  private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of());

  @Test
  void threeWorkingDaysSkipWeekendsAndPublicHolidays() {
    // Monday 23 December 2030: 24–26 December are public holidays, 28–29 a weekend
    assertEquals(
        LocalDate.of(2030, 12, 31),
        AnnouncementRules.earliestDate(
            AnnouncementKind.PARENT_MEETING,
            ClassLevel.GRADE,
            LocalDate.of(2030, 12, 23),
            calendar));
    // Thursday 10 October 2030 → Tuesday 15 October
    assertEquals(
        LocalDate.of(2030, 10, 15),
        AnnouncementRules.earliestDate(
            AnnouncementKind.CLASS_EVENT, ClassLevel.GRADE, LocalDate.of(2030, 10, 10), calendar));
  }

  @Test
  void preSchoolGroupsAreToldAWeekAheadAndChangesAsSoonAsKnown() {
    LocalDate today = LocalDate.of(2030, 12, 23);
    assertEquals(
        today.plusDays(7),
        AnnouncementRules.earliestDate(
            AnnouncementKind.OPEN_DAY, ClassLevel.PRESCHOOL, today, calendar));
    assertEquals(
        today.plusDays(7),
        AnnouncementRules.earliestDate(
            AnnouncementKind.PARENT_MEETING, ClassLevel.PREPRIMARY, today, calendar));
    assertEquals(
        today,
        AnnouncementRules.earliestDate(
            AnnouncementKind.TIMETABLE_CHANGE, ClassLevel.GRADE, today, calendar));
  }
}
