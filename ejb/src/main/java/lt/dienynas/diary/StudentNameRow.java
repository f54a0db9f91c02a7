package lt.dienynas.diary;

/** A student as {@link DiaryService} reads a diary's header: their id and name. */
public record StudentNameRow(Long id, String firstName, String lastName) {}
