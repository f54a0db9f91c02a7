package lt.dienynas.survey;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The results of one question: counts (choices, scale), the average (scale) and the texts (free
 * text).
 */
public record QuestionResult(
    long id,
    int position,
    QuestionKind kind,
    String text,
    List<ResultCount> counts,
    Double average,
    List<String> texts)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public QuestionResult {
    counts = List.copyOf(counts);
    texts = List.copyOf(texts);
  }
}
