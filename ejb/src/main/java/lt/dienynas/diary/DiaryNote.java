package lt.dienynas.diary;

import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.journal.StudentNoteKind;

/** Praise, a remark or a comment as the diary shows it. */
public record DiaryNote(LocalDate date, StudentNoteKind kind, String text, String authorName)
    implements Serializable {}
