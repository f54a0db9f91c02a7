package lt.dienynas.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** An announcement as a list shows it. */
public record AnnouncementView(
    long id,
    String className,
    AnnouncementKind kind,
    LocalDate date,
    LocalTime time,
    String place,
    String topics,
    LocalDateTime createdAt)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
