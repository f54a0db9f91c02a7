package lt.dienynas.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import lt.dienynas.people.Person;

/**
 * One chosen option, scale value or text. Its id is random and it carries no time, so the answers
 * of an anonymous survey cannot be put in the order people answered; the person is kept only for a
 * named survey.
 */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {
  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private SurveyQuestion question;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "option_id", updatable = false)
  private SurveyOption option;

  @Column(name = "scale_value", updatable = false)
  private Integer scaleValue;

  @Column(name = "text_value", updatable = false)
  private String textValue;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "respondent_id", updatable = false)
  private Person respondent;

  protected SurveyAnswer() {}

  private SurveyAnswer(SurveyQuestion question, Person respondent) {
    this.id = UUID.randomUUID().toString();
    this.question = question;
    this.respondent = question.getSurvey().isAnonymous() ? null : respondent;
  }

  static SurveyAnswer option(SurveyQuestion question, SurveyOption option, Person respondent) {
    SurveyAnswer answer = new SurveyAnswer(question, respondent);
    answer.option = option;
    return answer;
  }

  static SurveyAnswer scale(SurveyQuestion question, int value, Person respondent) {
    SurveyAnswer answer = new SurveyAnswer(question, respondent);
    answer.scaleValue = value;
    return answer;
  }

  static SurveyAnswer text(SurveyQuestion question, String text, Person respondent) {
    SurveyAnswer answer = new SurveyAnswer(question, respondent);
    answer.textValue = text;
    return answer;
  }

  public String getId() {
    return id;
  }
}
