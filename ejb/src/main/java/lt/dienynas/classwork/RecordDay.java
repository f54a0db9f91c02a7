package lt.dienynas.classwork;

import java.time.LocalDate;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.shared.BusinessException;

/** The one rule for the day of a class teacher's record: what happened, in an open month. */
final class RecordDay {
  private RecordDay() {}

  /**
   * The day is in the class's school year and not after today, the year is not closed and the day's
   * month is not locked (§18.7).
   *
   * @throws BusinessException {@code schoolYear.readOnly}, {@code schoolYear.outside}, {@code
   *     classwork.future}, {@code month.locked}
   */
  static void requireWritable(
      SchoolClass schoolClass, LocalDate date, LocalDate today, MonthLockService locks) {
    SchoolYear year = schoolClass.getSchoolYear();
    year.requireWritable();
    if (!year.contains(date)) {
      throw new BusinessException("schoolYear.outside", date, date, year.getName());
    }
    if (date.isAfter(today)) {
      throw new BusinessException("classwork.future", date);
    }
    locks.requireOpen(schoolClass.getId(), date);
  }
}
