package lt.dienynas.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The school's rule for a suggested period grade: a semester's grade is the arithmetic mean of the
 * semester's ten-point marks rounded to a whole number, .5 up (7,5 → 8); the annual grade is the
 * same mean of the semester grades. Pass / fail: passed when every semester passed. The teacher may
 * enter another grade.
 */
public final class PeriodGradeRule {
  private PeriodGradeRule() {}

  /** The suggested semester grade from the period's ten-point marks; none without any. */
  public static Optional<PeriodGradeValue> semester(List<Integer> tenPointMarks) {
    return mean(tenPointMarks).map(PeriodGradeValue::tenPoint);
  }

  /** The suggested annual grade from the semesters' grades; none unless both agree in kind. */
  public static Optional<PeriodGradeValue> annual(
      Optional<PeriodGradeValue> first, Optional<PeriodGradeValue> second) {
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    PeriodGradeValue a = first.get();
    PeriodGradeValue b = second.get();
    if (a.scale() == PeriodGradeScale.TEN_POINT && b.scale() == PeriodGradeScale.TEN_POINT) {
      return mean(List.of(a.tenPointValue().getAsInt(), b.tenPointValue().getAsInt()))
          .map(PeriodGradeValue::tenPoint);
    }
    if (a.scale() == b.scale()
        && (a.scale() == PeriodGradeScale.PASS_FAIL
            || a.scale() == PeriodGradeScale.EXEMPT
            || a.scale() == PeriodGradeScale.PROGRESS)) {
      // the later semester decides where they differ: it shows where the year ended
      return Optional.of(new PeriodGradeValue(b.scale(), b.value(), null));
    }
    if (a.scale() == PeriodGradeScale.ACHIEVEMENT_LEVEL && a.scale() == b.scale()) {
      return Optional.of(new PeriodGradeValue(b.scale(), b.value(), null));
    }
    return Optional.empty();
  }

  /** The arithmetic mean rounded half up; none for no marks. */
  static Optional<Integer> mean(List<Integer> marks) {
    if (marks.isEmpty()) {
      return Optional.empty();
    }
    int sum = marks.stream().mapToInt(Integer::intValue).sum();
    return Optional.of(
        BigDecimal.valueOf(sum)
            .divide(BigDecimal.valueOf(marks.size()), 0, RoundingMode.HALF_UP)
            .intValueExact());
  }
}
