package lt.dienynas.preschool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/**
 * Pasiekimų žingsnis (§22.10): the step (1–7) a pre-school or pre-primary child has reached in one
 * competency at one of the year's assessments, with the teacher's comment.
 */
@Entity
@Table(name = "preschool_achievement_step")
@NamedQuery(
    name = AchievementStep.FIND,
    query =
        "SELECT s FROM AchievementStep s WHERE s.studentId = :studentId AND s.yearId = :yearId"
            + " AND s.round = :round AND s.competency = :competency")
@NamedQuery(
    name = AchievementStep.OF_GROUP,
    query =
        "SELECT s FROM AchievementStep s WHERE s.groupId = :groupId AND s.yearId = :yearId"
            + " AND s.round = :round")
public class AchievementStep {
  public static final String FIND = "AchievementStep.find";
  public static final String OF_GROUP = "AchievementStep.ofGroup";

  public static final int FIRST_STEP = 1;
  public static final int LAST_STEP = 7;
  public static final int COMMENT_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_year_id", nullable = false, updatable = false)
  private long yearId;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Column(name = "student_id", nullable = false, updatable = false)
  private long studentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "assessment_round", length = 10, nullable = false, updatable = false)
  private AssessmentRound round;

  @Enumerated(EnumType.STRING)
  @Column(name = "competency", length = 30, nullable = false, updatable = false)
  private Competency competency;

  @Column(name = "step", nullable = false)
  private int step;

  @Column(name = "comment_text", length = COMMENT_LENGTH)
  private String comment;

  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @Column(name = "assessed_by", nullable = false)
  private long assessedBy;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected AchievementStep() {}

  public AchievementStep(
      long yearId,
      long groupId,
      long studentId,
      AssessmentRound round,
      Competency competency,
      int step,
      String comment,
      LocalDate on,
      long by) {
    this.yearId = yearId;
    this.groupId = groupId;
    this.studentId = studentId;
    this.round = Objects.requireNonNull(round, "round");
    this.competency = Objects.requireNonNull(competency, "competency");
    reassess(step, comment, on, by);
  }

  /**
   * @throws BusinessException {@code preschool.step.range}, {@code preschool.step.commentLength}
   */
  public void reassess(int newStep, String newComment, LocalDate on, long by) {
    if (newStep < FIRST_STEP || newStep > LAST_STEP) {
      throw new BusinessException("preschool.step.range", FIRST_STEP, LAST_STEP);
    }
    String text = newComment == null || newComment.isBlank() ? null : newComment.strip();
    if (text != null && text.length() > COMMENT_LENGTH) {
      throw new BusinessException("preschool.step.commentLength", COMMENT_LENGTH);
    }
    this.step = newStep;
    this.comment = text;
    this.assessedOn = Objects.requireNonNull(on, "on");
    this.assessedBy = by;
  }

  public Long getId() {
    return id;
  }

  public long getYearId() {
    return yearId;
  }

  public long getGroupId() {
    return groupId;
  }

  public long getStudentId() {
    return studentId;
  }

  public AssessmentRound getRound() {
    return round;
  }

  public Competency getCompetency() {
    return competency;
  }

  public int getStep() {
    return step;
  }

  public String getComment() {
    return comment;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public long getAssessedBy() {
    return assessedBy;
  }

  public int getVersion() {
    return version;
  }
}
