package lt.dienynas.diary;

/** A class of the student and its school year, as {@link DiaryService} reads the week's. */
public record ClassYearRow(Long classId, Long yearId) {}
