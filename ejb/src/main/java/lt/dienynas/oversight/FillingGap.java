package lt.dienynas.oversight;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One gap behind a dashboard figure: whose it is (the teacher; the class teacher for a note), where
 * (the class, the group, the subject) and when (the lesson's, test's or period's end day, or the
 * month's first day, or the day a note came). {@code detail} is the lesson number, the number of
 * lessons without a topic, the test's description, the day a test was announced or the student;
 * {@code period} names the period of a missing period grade.
 */
public record FillingGap(
    FillingFigure figure,
    long teacherId,
    String teacherName,
    Long classId,
    String className,
    long groupId,
    String groupName,
    String subjectName,
    LocalDate day,
    String detail,
    String period)
    implements Serializable {}
