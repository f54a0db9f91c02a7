package lt.dienynas.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An answer option of a choice question. */
@Entity
@Table(name = "survey_option")
public class SurveyOption {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private SurveyQuestion question;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "text", length = 200, nullable = false)
  private String text;

  protected SurveyOption() {}

  SurveyOption(SurveyQuestion question, int position, String text) {
    this.question = question;
    this.position = position;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public SurveyQuestion getQuestion() {
    return question;
  }

  public int getPosition() {
    return position;
  }

  public String getText() {
    return text;
  }
}
