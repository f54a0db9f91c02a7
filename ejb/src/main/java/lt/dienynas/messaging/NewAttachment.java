package lt.dienynas.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** A file a person attaches to a message they write, as uploaded. */
public record NewAttachment(String fileName, byte[] content) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public NewAttachment {
    Objects.requireNonNull(content, "content");
  }
}
