package lt.dienynas.classwork;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import lt.dienynas.messaging.AnnouncementKind;

/** A parents' meeting, open day or class event (§21.13) as the class's calendar shows it. */
public record ClassEventView(
    long id,
    long classId,
    String className,
    AnnouncementKind kind,
    LocalDate date,
    LocalTime time,
    String place,
    String topics,
    String authorFirstName,
    String authorLastName)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public String authorName() {
    return authorFirstName + " " + authorLastName;
  }
}
