package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A pre-school group's working day (§22.4): whether it was filled (or marked not filled for an
 * objective reason), first when, whether it can still be written, and the children's lines.
 *
 * @param version the day's version (null: not filled yet) for the next write
 */
public record GroupDay(
    long groupId,
    String groupName,
    LocalDate day,
    boolean workingDay,
    DayState state,
    String reason,
    LocalDateTime firstFilledAt,
    boolean late,
    boolean writable,
    Integer version,
    List<ChildDay> children)
    implements Serializable {}
