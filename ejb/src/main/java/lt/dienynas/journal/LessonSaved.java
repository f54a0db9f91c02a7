package lt.dienynas.journal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fired (CDI) at the end of a lesson save, inside its transaction, after its marks, attendance and
 * record are written: the guardians' notices observe it once the save has committed (an observer
 * with {@code during = TransactionPhase.AFTER_SUCCESS}), so nobody is told of a save that rolled
 * back.
 *
 * @param lessonId the saved lesson
 * @param marks the new or changed marks by student id, as the journal writes them ("9", "įsk.");
 *     removed marks are left out
 * @param attendance the new attendance by student id; cleared attendance is left out
 * @param homework the lesson's homework when this save set or changed it, otherwise {@code null}
 */
public record LessonSaved(
    long lessonId,
    Map<Long, String> marks,
    Map<Long, AttendanceStatus> attendance,
    String homework) {
  public LessonSaved {
    marks = Map.copyOf(marks);
    attendance = Map.copyOf(attendance);
  }

  /** The event of a save from what it changed (null values are removals and are left out). */
  static LessonSaved of(
      long lessonId,
      Map<Long, MarkInput> markChanges,
      Map<Long, AttendanceStatus> attendanceChanges,
      String homeworkBefore,
      LessonRecord record) {
    Map<Long, String> marks = new LinkedHashMap<>();
    markChanges.forEach(
        (student, input) -> {
          if (input != null && input.value() != null) {
            marks.put(student, input.value().notation());
          }
        });
    Map<Long, AttendanceStatus> attendance = new LinkedHashMap<>();
    attendanceChanges.forEach(
        (student, status) -> {
          if (status != null) {
            attendance.put(student, status);
          }
        });
    String homework = record == null ? null : record.homework();
    boolean homeworkChanged =
        homework != null && !homework.isBlank() && !homework.equals(homeworkBefore);
    return new LessonSaved(lessonId, marks, attendance, homeworkChanged ? homework : null);
  }

  /** Whether there is anything to tell. */
  public boolean isEmpty() {
    return marks.isEmpty() && attendance.isEmpty() && (homework == null || homework.isBlank());
  }
}
