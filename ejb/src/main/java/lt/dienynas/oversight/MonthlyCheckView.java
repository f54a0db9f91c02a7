package lt.dienynas.oversight;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A recorded monthly check as the pages and the API show it. */
public record MonthlyCheckView(
    long id,
    long yearId,
    String month,
    Long classId,
    String className,
    String findings,
    String checkedByName,
    LocalDateTime checkedAt,
    int teachersTold,
    int version)
    implements Serializable {}
