package lt.dienynas.journal;

import java.io.Serializable;
import java.util.Objects;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.shared.PlainText;

/**
 * A mark to record: its value, its assessment kind and, for {@link
 * AssessmentKind#OTHER_INSTITUTION}, the institution's name (§23.6).
 */
public record MarkInput(MarkValue value, AssessmentKind kind, @PlainText String institution)
    implements Serializable {
  public MarkInput {
    Objects.requireNonNull(value, "value");
    kind = kind == null ? AssessmentKind.CLASSWORK : kind;
  }

  public static MarkInput of(MarkValue value) {
    return new MarkInput(value, AssessmentKind.CLASSWORK, null);
  }
}
