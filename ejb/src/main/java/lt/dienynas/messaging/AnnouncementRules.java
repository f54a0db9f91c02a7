package lt.dienynas.messaging;

import java.time.LocalDate;
import lt.dienynas.school.ClassLevel;
import lt.dienynas.school.WorkingDayCalendar;

/**
 * How early an announcement must come. A class teacher announces parent meetings, open days and
 * class events at least 3 working days ahead (§21.13: weekends and public holidays do not count); a
 * pre-school or pre-primary group's teacher a week ahead (§22.8). A timetable change or a learning
 * day is announced as soon as it is known, for today or later.
 */
public final class AnnouncementRules {
  public static final int WORKING_DAYS_AHEAD = 3;
  public static final int PRESCHOOL_DAYS_AHEAD = 7;

  private AnnouncementRules() {}

  /** The earliest date such an announcement made today may be for. */
  public static LocalDate earliestDate(
      AnnouncementKind kind, ClassLevel level, LocalDate today, WorkingDayCalendar calendar) {
    if (!kind.isClassTeacherEvent()) {
      return today;
    }
    return level == ClassLevel.GRADE
        ? calendar.addWorkingDays(today, WORKING_DAYS_AHEAD)
        : today.plusDays(PRESCHOOL_DAYS_AHEAD);
  }
}
