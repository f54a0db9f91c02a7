package lt.dienynas.diary;

import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.MarkValue;

/** A mark in a subject's list of marks over a period. */
public record DiaryMark(
    LocalDate date,
    int lessonNumber,
    String subjectName,
    MarkValue mark,
    AssessmentKind kind,
    String institution)
    implements Serializable {}
