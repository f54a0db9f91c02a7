package lt.dienynas.diary;

import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.journal.NotHeldReason;

/** One lesson of a student's day, with the student's own mark and attendance. */
public record DiaryLesson(
    long lessonId,
    LocalDate date,
    int number,
    String subjectName,
    String teacherName,
    String substituteName,
    String topic,
    String homework,
    LocalDate homeworkDue,
    NotHeldReason notHeldReason,
    boolean distance,
    MarkValue mark,
    AssessmentKind markKind,
    String institution,
    AttendanceStatus attendance,
    JustificationReason justification,
    String integratedWith,
    LocalDate movedFromDate,
    Integer movedFromNumber,
    String moveReason)
    implements Serializable {}
