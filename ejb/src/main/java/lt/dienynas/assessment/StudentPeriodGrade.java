package lt.dienynas.assessment;

import java.io.Serializable;
import lt.dienynas.school.PeriodKind;

/** A period grade as the student's diary shows it. */
public record StudentPeriodGrade(
    long subjectId, String subjectName, PeriodKind period, String notation, String comment)
    implements Serializable {

  /**
   * A row of {@code SELECT sub.id, sub.name, pg.period_kind, pg.scale, pg.grade_value,
   * pg.grade_comment} ({@link PeriodGradeService#ofStudent}).
   */
  static StudentPeriodGrade of(Object row) {
    Object[] r = (Object[]) row;
    PeriodGradeValue value =
        new PeriodGradeValue(PeriodGradeScale.valueOf((String) r[3]), (String) r[4], (String) r[5]);
    return new StudentPeriodGrade(
        ((Number) r[0]).longValue(),
        (String) r[1],
        PeriodKind.valueOf((String) r[2]),
        value.notation(),
        value.comment());
  }
}
