package lt.dienynas.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import lt.dienynas.shared.BusinessException;

/** A question of a survey: choices with their options, a scale, or free text. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {
  public static final int MAX_OPTIONS = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "survey_id", nullable = false, updatable = false)
  private Survey survey;

  @Column(name = "position", nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private QuestionKind kind;

  @Column(name = "text", length = 500, nullable = false)
  private String text;

  @Column(name = "scale_min")
  private Integer scaleMin;

  @Column(name = "scale_max")
  private Integer scaleMax;

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<SurveyOption> options = new ArrayList<>();

  protected SurveyQuestion() {}

  /**
   * @throws BusinessException {@code survey.questionText}, {@code survey.options} (a choice
   *     question needs 2–20 distinct options of up to 200 characters) or {@code survey.scale}
   */
  SurveyQuestion(
      Survey survey,
      int position,
      QuestionKind kind,
      String text,
      List<String> optionTexts,
      Integer scaleMin,
      Integer scaleMax) {
    if (text == null || text.isBlank() || text.strip().length() > 500) {
      throw new BusinessException("survey.questionText", 500);
    }
    this.survey = survey;
    this.position = position;
    this.kind = kind;
    this.text = text.strip();
    if (kind.hasOptions()) {
      List<String> cleaned =
          optionTexts == null
              ? List.of()
              : optionTexts.stream()
                  .filter(o -> o != null && !o.isBlank())
                  .map(String::strip)
                  .distinct()
                  .toList();
      if (cleaned.size() < 2
          || cleaned.size() > MAX_OPTIONS
          || cleaned.stream().anyMatch(o -> o.length() > 200)) {
        throw new BusinessException("survey.options", MAX_OPTIONS);
      }
      for (int i = 0; i < cleaned.size(); i++) {
        options.add(new SurveyOption(this, i + 1, cleaned.get(i)));
      }
    }
    if (kind == QuestionKind.SCALE) {
      if (scaleMin == null
          || scaleMax == null
          || scaleMin >= scaleMax
          || scaleMax - scaleMin > 10) {
        throw new BusinessException("survey.scale");
      }
      this.scaleMin = scaleMin;
      this.scaleMax = scaleMax;
    }
  }

  public Long getId() {
    return id;
  }

  public Survey getSurvey() {
    return survey;
  }

  public int getPosition() {
    return position;
  }

  void moveTo(int newPosition) {
    this.position = newPosition;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public Optional<Integer> getScaleMin() {
    return Optional.ofNullable(scaleMin);
  }

  public Optional<Integer> getScaleMax() {
    return Optional.ofNullable(scaleMax);
  }

  public List<SurveyOption> getOptions() {
    return Collections.unmodifiableList(options);
  }

  /** The option of this question with that id, if any. */
  public Optional<SurveyOption> option(long optionId) {
    return options.stream().filter(o -> o.getId() == optionId).findFirst();
  }
}
