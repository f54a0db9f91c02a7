package lt.dienynas.diary;

import java.time.LocalDate;

/**
 * A membership of the student in a group as {@link DiaryService} reads the week's groups ({@code
 * to} null while it lasts).
 */
public record MembershipRow(Long groupId, LocalDate from, LocalDate to) {}
