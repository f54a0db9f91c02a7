package lt.dienynas.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.school.PeriodKind;

/** The period-grade form of a group in a subject: whether entry is open and a row per student. */
public record PeriodGradeForm(
    long groupId,
    String groupName,
    long subjectId,
    String subjectName,
    PeriodKind period,
    LocalDate from,
    LocalDate to,
    boolean entryOpen,
    List<PeriodGradeRow> rows)
    implements Serializable {}
