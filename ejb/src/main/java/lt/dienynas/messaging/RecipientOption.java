package lt.dienynas.messaging;

import java.io.Serial;
import java.io.Serializable;

/** A recipient a person may choose, with its label in their language. */
public record RecipientOption(RecipientTarget target, String label) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public String key() {
    return target.key();
  }
}
