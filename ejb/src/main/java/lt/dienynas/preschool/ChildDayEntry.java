package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import lt.dienynas.journal.JustificationReason;

/** One day of a child's pre-school attendance, as the guardian sees it. */
public record ChildDayEntry(
    LocalDate day, PresenceStatus status, LocalTime arrivedAt, JustificationReason justification)
    implements Serializable {}
