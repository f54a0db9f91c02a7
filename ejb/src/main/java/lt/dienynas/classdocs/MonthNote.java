package lt.dienynas.classdocs;

import java.time.LocalDate;
import lt.dienynas.journal.StudentNoteKind;

/** A praise, remark or comment of the month, as a report prints it. */
public record MonthNote(long studentId, LocalDate date, StudentNoteKind kind, String text) {}
