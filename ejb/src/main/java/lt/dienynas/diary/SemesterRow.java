package lt.dienynas.diary;

import java.time.LocalDate;
import lt.dienynas.school.PeriodKind;

/** A semester of the year of the student's class as {@link DiaryService} reads it. */
public record SemesterRow(PeriodKind kind, LocalDate from, LocalDate to) {}
