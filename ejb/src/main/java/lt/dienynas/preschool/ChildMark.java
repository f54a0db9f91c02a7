package lt.dienynas.preschool;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/** What the teacher marks for one child on one day: the status, and the time a late child came. */
public record ChildMark(long studentId, @NotNull PresenceStatus status, LocalTime arrivedAt) {}
