package lt.dienynas.support;

/** A class and its class teacher. */
public record ClassTeacherOf(long classId, long teacherId) {}
