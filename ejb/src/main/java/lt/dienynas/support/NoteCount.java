package lt.dienynas.support;

import java.time.LocalDate;

/** How many notes of a kind a student has in a span, and the latest one's day. */
public record NoteCount(long studentId, long count, LocalDate latest) {}
