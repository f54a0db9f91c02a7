package lt.dienynas.classdocs;

import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.JustificationReason;

/** How many lessons a student missed (or came late to) in a month, by status and justification. */
public record AttendanceGroup(
    long studentId, AttendanceStatus status, JustificationReason justification, long lessons) {}
