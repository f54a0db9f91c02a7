package lt.dienynas.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/** A planned test as lists and calendars show it. */
public record PlannedTestView(
    long id,
    LocalDate date,
    long groupId,
    String groupName,
    long subjectId,
    String subjectName,
    String description,
    String teacherName)
    implements Serializable {}
