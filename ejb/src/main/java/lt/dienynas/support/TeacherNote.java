package lt.dienynas.support;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.journal.StudentNoteKind;

/** A teacher's praise, remark or comment about a supported student. */
public record TeacherNote(
    LocalDate date,
    StudentNoteKind kind,
    String text,
    String authorFirstName,
    String authorLastName)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public String author() {
    return authorFirstName + " " + authorLastName;
  }
}
