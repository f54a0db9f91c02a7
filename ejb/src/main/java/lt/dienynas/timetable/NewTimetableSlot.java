package lt.dienynas.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import lt.dienynas.shared.PlainText;

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
    @PlainText String room,
    LocalDate validFrom) {}
