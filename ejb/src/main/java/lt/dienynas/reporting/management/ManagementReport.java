package lt.dienynas.reporting.management;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Vadovų ataskaita (§19.12): attendance by class and achievement by class and subject and by
 * subject over a span (usually a period of the school year).
 */
public record ManagementReport(
    LocalDate from,
    LocalDate to,
    List<AttendanceRow> attendance,
    List<AchievementRow> byClassAndSubject,
    List<AchievementRow> bySubject)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
