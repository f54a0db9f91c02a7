package lt.dienynas.survey;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A survey with its questions and audiences. */
public record SurveyDetail(
    long id,
    String title,
    String description,
    boolean anonymous,
    SurveyStatus status,
    List<QuestionView> questions,
    List<AudienceView> audiences)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public SurveyDetail {
    questions = List.copyOf(questions);
    audiences = List.copyOf(audiences);
  }
}
