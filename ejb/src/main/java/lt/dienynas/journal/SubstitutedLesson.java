package lt.dienynas.journal;

import java.io.Serializable;
import java.time.LocalDate;

/** A lesson given by a substitute (§23.16), as the substitute and the deputy see it. */
public record SubstitutedLesson(
    long lessonId,
    LocalDate date,
    int number,
    long groupId,
    String groupName,
    String subjectName,
    String teacherName,
    String substituteName)
    implements Serializable {}
