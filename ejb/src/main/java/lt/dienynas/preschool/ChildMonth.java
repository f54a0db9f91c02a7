package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A child's pre-school attendance of a month (the guardian's view): the days entered, the totals,
 * and until when the month's absences can still be justified (§22.7).
 */
public record ChildMonth(
    long studentId,
    String name,
    String groupName,
    YearMonth month,
    List<ChildDayEntry> days,
    int present,
    int late,
    int absent,
    int justified,
    LocalDate justifyBy)
    implements Serializable {}
