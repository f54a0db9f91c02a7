package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalTime;
import lt.dienynas.journal.JustificationReason;

/**
 * One child's line of the group's day: their mark (null: not entered yet), the time a late child
 * came, the justification of an absence, and the entry's version for the next write.
 */
public record ChildDay(
    long studentId,
    String name,
    PresenceStatus status,
    LocalTime arrivedAt,
    JustificationReason justification,
    String document,
    Integer version)
    implements Serializable {}
