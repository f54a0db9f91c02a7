package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalDate;

/** A plan or a reflection not written by its due day, for the deputy. */
public record MissingWeekWork(
    long groupId,
    String groupName,
    String teachers,
    LocalDate weekStart,
    WeekWork work,
    LocalDate due)
    implements Serializable {}
