package lt.dienynas.timetable;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One weekly lesson as the timetable views show it, with its version as read (a change names it, so
 * that a stale change is refused).
 */
public record TimetableEntry(
    Long id,
    int weekday,
    int lessonNumber,
    Long groupId,
    String groupName,
    Long subjectId,
    String subjectName,
    Long teacherId,
    String teacherFirstName,
    String teacherLastName,
    String room,
    LocalDate validFrom,
    LocalDate validTo,
    int version)
    implements Serializable {

  public DayOfWeek day() {
    return DayOfWeek.of(weekday);
  }

  public String teacherName() {
    return teacherFirstName + " " + teacherLastName;
  }
}
