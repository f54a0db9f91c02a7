package lt.dienynas.assessment;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import lt.dienynas.school.PeriodKind;

/**
 * A student's year: results per subject (by subject name), missed / justified lessons per period
 * (the class teacher's confirmed counts, else the journal's) and the promotion decision (null until
 * decided).
 */
public record StudentResults(
    long studentId,
    String firstName,
    String lastName,
    List<SubjectResult> subjects,
    Map<PeriodKind, AttendanceCount> attendance,
    PromotionKind promotion)
    implements Serializable {}
