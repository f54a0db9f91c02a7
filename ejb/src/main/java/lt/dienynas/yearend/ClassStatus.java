package lt.dienynas.yearend;

import java.io.Serializable;

/** A class in the year-end overview: its summary's state and whether the summary is produced. */
public record ClassStatus(
    long classId, String className, String classTeacherName, SignOffStatus status, boolean ready)
    implements Serializable {}
