package lt.dienynas.survey;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/** A question as it is answered or edited. */
public record QuestionView(
    long id,
    int position,
    QuestionKind kind,
    String text,
    Integer scaleMin,
    Integer scaleMax,
    List<OptionView> options)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public QuestionView {
    options = List.copyOf(options);
  }

  /** The values of a scale question, lowest first (empty for other kinds). */
  public List<Integer> scaleValues() {
    return scaleMin == null
        ? List.of()
        : IntStream.rangeClosed(scaleMin, scaleMax).boxed().toList();
  }
}
