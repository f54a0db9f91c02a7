package lt.dienynas.web.survey;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.survey.AnswerInput;
import lt.dienynas.survey.QuestionKind;
import lt.dienynas.survey.QuestionView;
import lt.dienynas.survey.SurveyDetail;
import lt.dienynas.survey.SurveyService;
import lt.dienynas.web.faces.PageMessages;

/** A person answers a survey they are asked, once. */
@Named
@ViewScoped
public class SurveyAnswering implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private SurveyService surveys;

  private long id;
  private SurveyDetail survey;
  private final Map<Long, Long> single = new HashMap<>();
  private final Map<Long, List<Long>> multiple = new HashMap<>();
  private final Map<Long, Integer> scale = new HashMap<>();
  private final Map<Long, String> text = new HashMap<>();

  public void load() {
    survey = surveys.detail(id);
  }

  public String submit() {
    Map<Long, AnswerInput> answers = new HashMap<>();
    for (QuestionView q : survey.questions()) {
      long qid = q.id();
      AnswerInput input =
          switch (q.kind()) {
            case SINGLE_CHOICE ->
                new AnswerInput(
                    single.get(qid) == null ? List.of() : List.of(single.get(qid)), null, null);
            case MULTIPLE_CHOICE -> new AnswerInput(multiple.get(qid), null, null);
            case SCALE -> new AnswerInput(null, scale.get(qid), null);
            case FREE_TEXT -> new AnswerInput(null, null, text.get(qid));
          };
      answers.put(qid, input);
    }
    surveys.answer(id, answers);
    PageMessages.infoAfterRedirect("survey.thanks");
    return "/messaging/inbox?faces-redirect=true";
  }

  public boolean isChoice(QuestionView q) {
    return q.kind() == QuestionKind.SINGLE_CHOICE;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public SurveyDetail getSurvey() {
    return survey;
  }

  public Map<Long, Long> getSingle() {
    return single;
  }

  /** Multiple-choice answers by question; a question's list is created on first use. */
  public Map<Long, List<Long>> getMultiple() {
    for (QuestionView q : survey.questions()) {
      multiple.computeIfAbsent(q.id(), k -> new ArrayList<>());
    }
    return multiple;
  }

  public Map<Long, Integer> getScale() {
    return scale;
  }

  public Map<Long, String> getText() {
    return text;
  }
}
