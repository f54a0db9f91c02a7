package lt.dienynas.diary;

import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.JustificationReason;

/** An absence or late arrival of one of several students as {@link DiaryService} reads it. */
public record ChildAttendanceRow(
    Long studentId, AttendanceStatus status, JustificationReason justification) {}
