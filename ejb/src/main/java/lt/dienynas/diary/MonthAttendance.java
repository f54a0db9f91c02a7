package lt.dienynas.diary;

import java.io.Serializable;

/**
 * A student's lessons of one month as the attendance chart shows them: held, attended (late counts
 * as attended), missed with a justification, missed without.
 *
 * @param month {@code yyyy-MM}
 */
public record MonthAttendance(
    String month, int lessons, int present, int absentJustified, int absentUnjustified)
    implements Serializable {}
