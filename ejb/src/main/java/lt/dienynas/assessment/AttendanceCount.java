package lt.dienynas.assessment;

import java.io.Serializable;

/**
 * Missed lessons of a student over a period and how many of them were justified.
 *
 * @param confirmed whether the class teacher confirmed the counts (else computed from the journal)
 */
public record AttendanceCount(int missed, int justified, boolean confirmed)
    implements Serializable {}
