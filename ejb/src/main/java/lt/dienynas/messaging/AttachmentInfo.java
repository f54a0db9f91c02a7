package lt.dienynas.messaging;

import java.io.Serial;
import java.io.Serializable;

/** An attachment without its content: what a message page lists. */
public record AttachmentInfo(
    long id, long messageId, String fileName, String contentType, int sizeBytes)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
