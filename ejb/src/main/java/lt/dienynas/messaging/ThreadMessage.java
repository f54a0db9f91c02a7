package lt.dienynas.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A message of a conversation as its reader sees it; the receipt counts only for the reader's own
 * messages.
 */
public record ThreadMessage(
    long id,
    String sender,
    boolean notice,
    boolean mine,
    String subject,
    String body,
    String audience,
    LocalDateTime sentAt,
    List<AttachmentInfo> attachments,
    long recipients,
    long readBy)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public ThreadMessage {
    attachments = List.copyOf(attachments);
  }
}
