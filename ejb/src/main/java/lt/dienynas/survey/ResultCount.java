package lt.dienynas.survey;

import java.io.Serial;
import java.io.Serializable;

/** How many chose an option or scale value. */
public record ResultCount(String label, long count) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
