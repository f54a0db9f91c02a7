package lt.dienynas.survey;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.shared.PlainText;

/** One person's answer to one question: the chosen options, the scale value or the text. */
public record AnswerInput(List<Long> optionIds, Integer scaleValue, @PlainText String text)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public AnswerInput {
    optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
  }
}
