package lt.dienynas.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** A person or a group chosen as a message's recipient; {@link #key()} names it in a form. */
public record RecipientTarget(RecipientKind kind, long id) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public RecipientTarget {
    Objects.requireNonNull(kind, "kind");
  }

  public static RecipientTarget person(long personId) {
    return new RecipientTarget(RecipientKind.PERSON, personId);
  }

  /** "CLASS_GUARDIANS:17": the form value of a target. */
  public String key() {
    return kind + ":" + id;
  }

  /**
   * @throws IllegalArgumentException for a malformed key
   */
  public static RecipientTarget parse(String key) {
    int colon = key == null ? -1 : key.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("Not a recipient key: " + key);
    }
    return new RecipientTarget(
        RecipientKind.valueOf(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1)));
  }
}
