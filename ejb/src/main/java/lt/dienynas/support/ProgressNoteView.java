package lt.dienynas.support;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** A progress note as the specialists read it; {@code version} for a change of it. */
public record ProgressNoteView(
    long id,
    LocalDate date,
    String text,
    long authorId,
    String authorFirstName,
    String authorLastName,
    int version)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public String author() {
    return authorFirstName + " " + authorLastName;
  }
}
