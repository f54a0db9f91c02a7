package lt.dienynas.assessment;

import java.io.Serializable;
import lt.dienynas.school.PeriodKind;

/** A period grade as the student's diary shows it. */
public record StudentPeriodGrade(
    long subjectId, String subjectName, PeriodKind period, String notation, String comment)
    implements Serializable {}
