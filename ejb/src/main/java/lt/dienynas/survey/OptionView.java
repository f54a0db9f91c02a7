package lt.dienynas.survey;

import java.io.Serial;
import java.io.Serializable;

/** An option of a choice question. */
public record OptionView(long id, String text) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
