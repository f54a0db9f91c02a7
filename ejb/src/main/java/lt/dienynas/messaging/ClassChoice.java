package lt.dienynas.messaging;

import java.io.Serial;
import java.io.Serializable;

/** A class a person may announce to. */
public record ClassChoice(long id, String name) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
