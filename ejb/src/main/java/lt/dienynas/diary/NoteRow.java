package lt.dienynas.diary;

import java.time.LocalDate;
import lt.dienynas.journal.StudentNoteKind;

/** A note about the student as {@link DiaryService} reads the week's, with its author's name. */
public record NoteRow(
    LocalDate date,
    StudentNoteKind kind,
    String text,
    String authorFirstName,
    String authorLastName) {

  DiaryNote toNote() {
    return new DiaryNote(date, kind, text, authorFirstName + " " + authorLastName);
  }
}
