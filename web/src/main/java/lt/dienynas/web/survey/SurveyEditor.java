package lt.dienynas.web.survey;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import lt.dienynas.survey.AudienceKind;
import lt.dienynas.survey.AudienceView;
import lt.dienynas.survey.QuestionKind;
import lt.dienynas.survey.SurveyDetail;
import lt.dienynas.survey.SurveyService;
import lt.dienynas.web.faces.PageMessages;

/** Builds a draft survey (questions, who answers), opens and closes it. */
@Named
@ViewScoped
public class SurveyEditor implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private SurveyService surveys;

  private long id;
  private SurveyDetail survey;
  private QuestionKind questionKind = QuestionKind.SINGLE_CHOICE;
  private String questionText;
  private String options;
  private Integer scaleMin = 1;
  private Integer scaleMax = 5;
  private AudienceKind audienceKind = AudienceKind.GUARDIANS;
  private int gradeFrom = 1;
  private int gradeTo = 8;

  public void load() {
    survey = surveys.detail(id);
  }

  public void addQuestion() {
    List<String> lines = options == null ? List.of() : Arrays.asList(options.split("\\R"));
    surveys.addQuestion(id, questionKind, questionText, lines, scaleMin, scaleMax);
    questionText = null;
    options = null;
    load();
  }

  public void removeQuestion(long questionId) {
    surveys.removeQuestion(id, questionId);
    load();
  }

  public void addAudience() {
    surveys.addAudience(id, audienceKind, gradeFrom, gradeTo);
    load();
  }

  public void removeAudience(AudienceView audience) {
    surveys.removeAudience(id, audience.kind(), audience.gradeFrom(), audience.gradeTo());
    load();
  }

  public void open() {
    surveys.open(id);
    PageMessages.info("survey.opened");
    load();
  }

  public void close() {
    surveys.close(id);
    PageMessages.info("survey.closed");
    load();
  }

  public QuestionKind[] getQuestionKinds() {
    return QuestionKind.values();
  }

  public AudienceKind[] getAudienceKinds() {
    return AudienceKind.values();
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

  public QuestionKind getQuestionKind() {
    return questionKind;
  }

  public void setQuestionKind(QuestionKind questionKind) {
    this.questionKind = questionKind;
  }

  public String getQuestionText() {
    return questionText;
  }

  public void setQuestionText(String questionText) {
    this.questionText = questionText;
  }

  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }

  public Integer getScaleMin() {
    return scaleMin;
  }

  public void setScaleMin(Integer scaleMin) {
    this.scaleMin = scaleMin;
  }

  public Integer getScaleMax() {
    return scaleMax;
  }

  public void setScaleMax(Integer scaleMax) {
    this.scaleMax = scaleMax;
  }

  public AudienceKind getAudienceKind() {
    return audienceKind;
  }

  public void setAudienceKind(AudienceKind audienceKind) {
    this.audienceKind = audienceKind;
  }

  public int getGradeFrom() {
    return gradeFrom;
  }

  public void setGradeFrom(int gradeFrom) {
    this.gradeFrom = gradeFrom;
  }

  public int getGradeTo() {
    return gradeTo;
  }

  public void setGradeTo(int gradeTo) {
    this.gradeTo = gradeTo;
  }
}
