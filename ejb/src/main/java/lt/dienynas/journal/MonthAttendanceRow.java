package lt.dienynas.journal;

/** An attendance row of a group's month as {@link JournalService#month} reads it. */
public record MonthAttendanceRow(
    Long lessonId, Long studentId, AttendanceStatus status, JustificationReason justification) {

  static final String SELECT =
      "SELECT NEW lt.dienynas.journal.MonthAttendanceRow(l.id, a.student.id, a.status,"
          + " a.justification) FROM Attendance a JOIN a.lesson l"
          + " WHERE l.group.id = :groupId AND l.lessonDate BETWEEN :from AND :to";
}
