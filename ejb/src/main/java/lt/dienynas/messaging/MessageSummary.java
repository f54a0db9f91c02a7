package lt.dienynas.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One line of a message list: for a received message its sender, for a sent one its audience and
 * how many of its recipients have read it.
 *
 * @param counterpart the sender's name (received), the audience (sent), or empty for a notice
 * @param read whether the reader has opened it (received), or true (sent)
 */
public record MessageSummary(
    long id,
    String subject,
    String counterpart,
    boolean notice,
    boolean sent,
    LocalDateTime sentAt,
    boolean read,
    long recipients,
    long readBy)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
