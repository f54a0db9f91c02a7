package lt.dienynas.classdocs;

import java.io.Serial;
import java.io.Serializable;

/** A group (or class) a page offers to choose, with its school year's name. */
public record GroupChoice(long id, String name, String yearName) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
