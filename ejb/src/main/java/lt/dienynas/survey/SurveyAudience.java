package lt.dienynas.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/** One group of people asked: e.g. guardians of grades 5–8, or all teachers. */
@Embeddable
public class SurveyAudience implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false)
  private AudienceKind kind;

  @Column(name = "grade_from", nullable = false)
  private int gradeFrom;

  @Column(name = "grade_to", nullable = false)
  private int gradeTo;

  protected SurveyAudience() {}

  /**
   * @param gradeFrom 0 (pre-primary) … 8; ignored for staff audiences
   * @throws BusinessException {@code survey.grades}
   */
  public SurveyAudience(AudienceKind kind, int gradeFrom, int gradeTo) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (kind.byGrades()) {
      if (gradeFrom < 0 || gradeTo > 8 || gradeFrom > gradeTo) {
        throw new BusinessException("survey.grades", gradeFrom, gradeTo);
      }
      this.gradeFrom = gradeFrom;
      this.gradeTo = gradeTo;
    } else {
      this.gradeFrom = 0;
      this.gradeTo = 8;
    }
  }

  public AudienceKind getKind() {
    return kind;
  }

  public int getGradeFrom() {
    return gradeFrom;
  }

  public int getGradeTo() {
    return gradeTo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SurveyAudience a
        && a.kind == kind
        && a.gradeFrom == gradeFrom
        && a.gradeTo == gradeTo;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, gradeFrom, gradeTo);
  }
}
