package lt.dienynas.assessment;

import java.io.Serializable;

/** A student without a period grade in a subject taught to their group, with its teacher. */
public record MissingPeriodGrade(
    long groupId,
    String groupName,
    long subjectId,
    String subjectName,
    long studentId,
    String studentName,
    String teacherName)
    implements Serializable {}
