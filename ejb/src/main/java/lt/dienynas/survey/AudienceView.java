package lt.dienynas.survey;

import java.io.Serial;
import java.io.Serializable;

/** A group of people asked. */
public record AudienceView(AudienceKind kind, int gradeFrom, int gradeTo) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
