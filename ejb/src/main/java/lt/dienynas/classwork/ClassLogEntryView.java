package lt.dienynas.classwork;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A log entry as the class's page and the API show it. */
public record ClassLogEntryView(
    long id,
    long classId,
    LocalDate date,
    ClassLogKind kind,
    String topic,
    String participants,
    long authorId,
    String authorFirstName,
    String authorLastName,
    LocalDateTime createdAt,
    LocalDateTime changedAt,
    int version)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public String authorName() {
    return authorFirstName + " " + authorLastName;
  }
}
