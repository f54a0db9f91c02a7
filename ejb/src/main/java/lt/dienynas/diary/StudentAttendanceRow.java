package lt.dienynas.diary;

import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.JustificationReason;

/** An absence or late arrival of one student as {@link DiaryService} reads it. */
public record StudentAttendanceRow(
    Long lessonId, AttendanceStatus status, JustificationReason justification) {

  static final String SELECT =
      "SELECT NEW lt.dienynas.diary.StudentAttendanceRow(l.id, a.status, a.justification)"
          + " FROM Attendance a JOIN a.lesson l"
          + " WHERE a.student.id = :studentId AND l.lessonDate BETWEEN :from AND :to";
}
