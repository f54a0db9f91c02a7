package lt.dienynas.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A weekly lesson to enter.
 *
 * @param teacherId the teacher who gives it; {@code null} for the person entering it
 */
public record NewTimetableSlot(
    long groupId,
    long subjectId,
    Long teacherId,
    DayOfWeek weekday,
    int lessonNumber,
    String room,
    LocalDate validFrom) {}
