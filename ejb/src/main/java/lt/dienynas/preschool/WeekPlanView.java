package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A group's week: its plan and reflection (null while not written), who wrote them, and whether the
 * plan and the reflection can be written on the day it was read.
 */
public record WeekPlanView(
    long groupId,
    String groupName,
    LocalDate weekStart,
    LocalDate weekEnd,
    String plan,
    String plannedBy,
    LocalDateTime plannedAt,
    String reflection,
    String reflectedBy,
    LocalDateTime reflectedAt,
    Integer version,
    boolean planOpen,
    boolean reflectionOpen)
    implements Serializable {}
