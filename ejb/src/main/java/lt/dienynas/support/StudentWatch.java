package lt.dienynas.support;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One supported student over time (§24–§27): attendance and marks month by month, the marks, the
 * teachers' notes, the specialists' progress notes, the risk group flag and the early warnings.
 *
 * @param riskVersion the risk group flag's version for a change (null: never flagged)
 * @param mayFlagRiskGroup whether the reader is the social pedagogue who may change the flag
 * @param readerId the reading specialist (who may change the progress notes they wrote)
 */
public record StudentWatch(
    long studentId,
    String fullName,
    String className,
    LocalDate from,
    LocalDate to,
    boolean riskGroup,
    String riskReason,
    Integer riskVersion,
    boolean mayFlagRiskGroup,
    long readerId,
    AttendanceFigures attendance,
    MarkTrend trend,
    List<MonthFigures> months,
    List<MarkEntry> marks,
    List<TeacherNote> notes,
    List<ProgressNoteView> progressNotes,
    List<WarningView> warnings)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
