package lt.dienynas.assessment;

import java.io.Serializable;

/**
 * A student's results in one subject of a year; each value null when there is none.
 *
 * @param additionalWork the result of additional or summer work (summer work's where both)
 * @param finalResult the additional work's result where there is one, else the annual grade
 */
public record SubjectResult(
    long subjectId,
    String subjectName,
    PeriodGradeValue firstSemester,
    PeriodGradeValue secondSemester,
    PeriodGradeValue annual,
    PeriodGradeValue additionalWork,
    PeriodGradeValue finalResult)
    implements Serializable {}
