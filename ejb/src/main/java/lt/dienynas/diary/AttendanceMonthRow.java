package lt.dienynas.diary;

/**
 * A month of a student's lessons as {@link DiaryService#attendanceByMonth} reads it with native
 * SQL: the month ({@code yyyy-MM}), the held lessons, and those missed with and without a
 * justification.
 */
record AttendanceMonthRow(String month, int lessons, int justified, int unjustified) {

  /** A row of {@code SELECT DATE_FORMAT(...), COUNT(...), COUNT(...), COUNT(...)}. */
  static AttendanceMonthRow of(Object row) {
    Object[] r = (Object[]) row;
    return new AttendanceMonthRow(
        (String) r[0],
        ((Number) r[1]).intValue(),
        ((Number) r[2]).intValue(),
        ((Number) r[3]).intValue());
  }

  MonthAttendance toMonth() {
    return new MonthAttendance(
        month, lessons, lessons - justified - unjustified, justified, unjustified);
  }
}
