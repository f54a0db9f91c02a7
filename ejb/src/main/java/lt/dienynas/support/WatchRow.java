package lt.dienynas.support;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One supported student on a specialist's watch list (§24–§27), for the chosen span.
 *
 * @param remarks the teachers' remarks (pastabos)
 * @param praises the teachers' praise (pagyrimai)
 * @param progressNotes the specialists' progress notes
 * @param openWarnings early warnings still open
 */
public record WatchRow(
    long studentId,
    String fullName,
    String className,
    LocalDate supportedFrom,
    AttendanceFigures attendance,
    long marks,
    MarkTrend trend,
    long remarks,
    long praises,
    long progressNotes,
    LocalDate lastProgressNote,
    boolean riskGroup,
    long openWarnings)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
