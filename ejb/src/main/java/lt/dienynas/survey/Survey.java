package lt.dienynas.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.people.Person;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.shared.BusinessException;

/**
 * Apklausa (§18.9, §19.4): questions and who is asked, built as a draft, then opened and closed.
 * Only a draft can change: once people answer, the questions stay as they were asked.
 */
@Entity
@Table(name = "survey")
@NamedQuery(
    name = Survey.ALL,
    query = "SELECT s FROM Survey s ORDER BY s.createdAt DESC, s.id DESC")
public class Survey {
  public static final String ALL = "Survey.all";
  public static final int MAX_QUESTIONS = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Column(name = "title", length = 200, nullable = false)
  private String title;

  @Column(name = "description")
  private String description;

  @Column(name = "anonymous", nullable = false, updatable = false)
  private boolean anonymous;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private SurveyStatus status = SurveyStatus.DRAFT;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false, updatable = false)
  private Person author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "opened_at")
  private LocalDateTime openedAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<SurveyQuestion> questions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "survey_audience", joinColumns = @JoinColumn(name = "survey_id"))
  private Set<SurveyAudience> audiences = new LinkedHashSet<>();

  protected Survey() {}

  /**
   * @param schoolYear the year whose classes "grades 5–8" means
   * @param anonymous whether answers are kept without the person (decided once, never changed)
   * @throws BusinessException {@code survey.title}
   */
  public Survey(
      SchoolYear schoolYear,
      String title,
      String description,
      boolean anonymous,
      Person author,
      LocalDateTime at) {
    this.schoolYear = Objects.requireNonNull(schoolYear, "schoolYear");
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      throw new BusinessException("survey.title", 200);
    }
    this.title = title.strip();
    this.description = description == null || description.isBlank() ? null : description.strip();
    this.anonymous = anonymous;
    this.author = Objects.requireNonNull(author, "author");
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  /**
   * @throws BusinessException {@code survey.notDraft}, {@code survey.tooManyQuestions} or a
   *     question's key
   */
  public SurveyQuestion addQuestion(
      QuestionKind kind, String text, List<String> options, Integer scaleMin, Integer scaleMax) {
    requireDraft();
    if (questions.size() >= MAX_QUESTIONS) {
      throw new BusinessException("survey.tooManyQuestions", MAX_QUESTIONS);
    }
    SurveyQuestion question =
        new SurveyQuestion(
            this,
            questions.size() + 1,
            Objects.requireNonNull(kind, "kind"),
            text,
            options,
            scaleMin,
            scaleMax);
    questions.add(question);
    return question;
  }

  /**
   * @throws BusinessException {@code survey.notDraft}
   */
  public void removeQuestion(long questionId) {
    requireDraft();
    questions.removeIf(q -> q.getId() == questionId);
    for (int i = 0; i < questions.size(); i++) {
      questions.get(i).moveTo(i + 1);
    }
  }

  /**
   * @throws BusinessException {@code survey.notDraft}
   */
  public void addAudience(SurveyAudience audience) {
    requireDraft();
    audiences.add(Objects.requireNonNull(audience, "audience"));
  }

  /**
   * @throws BusinessException {@code survey.notDraft}
   */
  public void removeAudience(SurveyAudience audience) {
    requireDraft();
    audiences.remove(audience);
  }

  /**
   * Opens the survey for answers.
   *
   * @throws BusinessException {@code survey.notDraft}, {@code survey.noQuestions} or {@code
   *     survey.noAudience}
   */
  public void open(LocalDateTime at) {
    requireDraft();
    if (questions.isEmpty()) {
      throw new BusinessException("survey.noQuestions");
    }
    if (audiences.isEmpty()) {
      throw new BusinessException("survey.noAudience");
    }
    status = SurveyStatus.OPEN;
    openedAt = at;
  }

  /**
   * @throws BusinessException {@code survey.notOpen}
   */
  public void close(LocalDateTime at) {
    requireOpen();
    status = SurveyStatus.CLOSED;
    closedAt = at;
  }

  /**
   * @throws BusinessException {@code survey.notOpen}
   */
  public void requireOpen() {
    if (status != SurveyStatus.OPEN) {
      throw new BusinessException("survey.notOpen", title);
    }
  }

  private void requireDraft() {
    if (status != SurveyStatus.DRAFT) {
      throw new BusinessException("survey.notDraft", title);
    }
  }

  public Optional<SurveyQuestion> question(long questionId) {
    return questions.stream().filter(q -> q.getId() == questionId).findFirst();
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public String getTitle() {
    return title;
  }

  public Optional<String> getDescription() {
    return Optional.ofNullable(description);
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public SurveyStatus getStatus() {
    return status;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public Optional<LocalDateTime> getOpenedAt() {
    return Optional.ofNullable(openedAt);
  }

  public Optional<LocalDateTime> getClosedAt() {
    return Optional.ofNullable(closedAt);
  }

  public List<SurveyQuestion> getQuestions() {
    return Collections.unmodifiableList(questions);
  }

  public Set<SurveyAudience> getAudiences() {
    return Collections.unmodifiableSet(audiences);
  }
}
