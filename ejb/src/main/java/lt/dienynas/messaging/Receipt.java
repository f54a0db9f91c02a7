package lt.dienynas.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;

/** Skaitymo patvirtinimas: a recipient of one's message and when they read it (null: not yet). */
public record Receipt(long personId, String name, LocalDateTime readAt) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public boolean isRead() {
    return readAt != null;
  }
}
