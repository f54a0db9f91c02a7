package lt.dienynas.diary;

/** The class of a student on a date as {@link DiaryService} reads it for a diary's header. */
public record StudentClassRow(Long studentId, String className) {}
