package lt.dienynas.support;

import java.time.LocalDate;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.JustificationReason;

/** One absence or lateness of a student, as the watch list's detail reads it. */
public record AttendanceMark(LocalDate date, AttendanceStatus status, JustificationReason reason) {}
