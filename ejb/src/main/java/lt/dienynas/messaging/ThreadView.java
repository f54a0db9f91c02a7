package lt.dienynas.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The conversation of the opened message, oldest first, and whether the reader may reply. */
public record ThreadView(
    long openedId, String subject, List<ThreadMessage> messages, boolean mayReply)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public ThreadView {
    messages = List.copyOf(messages);
  }
}
