package lt.dienynas.survey;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A survey's results: how many were asked and answered, and each question's counts. */
public record SurveyResults(
    long id,
    String title,
    boolean anonymous,
    SurveyStatus status,
    long invited,
    long answered,
    List<QuestionResult> questions)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public SurveyResults {
    questions = List.copyOf(questions);
  }
}
