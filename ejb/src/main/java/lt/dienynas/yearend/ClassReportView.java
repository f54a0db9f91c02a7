package lt.dienynas.yearend;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lt.dienynas.school.PeriodKind;

/**
 * One class's report of one period as the class teacher and the deputy see it: its deadline
 * (§21.17), where it stands, who prepared, confirmed and reviewed it.
 *
 * @param version the record's version (null: nothing prepared yet)
 * @param overdue the deadline passed and it is not handed in
 * @param late handed in after the deadline
 */
public record ClassReportView(
    long classId,
    String className,
    String classTeacherName,
    PeriodKind period,
    LocalDate periodEnd,
    LocalDate deadline,
    boolean summerWork,
    boolean ended,
    ClassReportStatus status,
    String sha256,
    String preparedByName,
    LocalDateTime preparedAt,
    String confirmedByName,
    LocalDateTime confirmedAt,
    String reviewedByName,
    LocalDateTime reviewedAt,
    String reviewComment,
    Integer version,
    boolean overdue,
    boolean late)
    implements Serializable {}
