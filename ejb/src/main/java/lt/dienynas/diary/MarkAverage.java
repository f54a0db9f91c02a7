package lt.dienynas.diary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Dalyko įvertinimų vidurkis ir jo kryptis: the average of a subject's ten-point marks in a period
 * and whether it goes up, down or holds.
 *
 * <p>The rule: only ten-point marks count (pass/fail, exempt, achievement levels and descriptive
 * assessments have no number); the average is their arithmetic mean rounded half up to two
 * decimals. The trend compares that average with the previous period's average of the subject when
 * the previous period has a ten-point mark; otherwise, with at least two marks in the period, the
 * average of the second half of the marks (in date order) with that of the first half (of an odd
 * count the middle mark belongs to neither half). A difference of at least {@link #THRESHOLD} is
 * {@link Trend#UP} or {@link Trend#DOWN}, a smaller one {@link Trend#STEADY}; with nothing to
 * compare the trend is {@link Trend#UNKNOWN} (and without marks the average is null).
 *
 * @param average the period's average, null without ten-point marks
 * @param count the ten-point marks of the period
 * @param compared the average the trend was told against (previous period or first half), or null
 */
public record MarkAverage(
    BigDecimal average, int count, Trend trend, TrendBasis basis, BigDecimal compared)
    implements Serializable {

  /** Half a point: less is the ordinary ups and downs of marks. */
  public static final BigDecimal THRESHOLD = new BigDecimal("0.50");

  /**
   * @param marks the period's ten-point marks (1–10) in date order
   * @param previous the previous period's ten-point marks (empty when none or no previous period)
   */
  public static MarkAverage of(List<Integer> marks, List<Integer> previous) {
    BigDecimal average = mean(marks);
    if (average == null) {
      return new MarkAverage(null, 0, Trend.UNKNOWN, TrendBasis.NONE, null);
    }
    BigDecimal earlier = mean(previous);
    if (earlier != null) {
      return new MarkAverage(
          average, marks.size(), trend(earlier, average), TrendBasis.PREVIOUS_PERIOD, earlier);
    }
    if (marks.size() < 2) {
      return new MarkAverage(average, marks.size(), Trend.UNKNOWN, TrendBasis.NONE, null);
    }
    int half = marks.size() / 2;
    BigDecimal first = mean(marks.subList(0, half));
    BigDecimal second = mean(marks.subList(marks.size() - half, marks.size()));
    return new MarkAverage(
        average, marks.size(), trend(first, second), TrendBasis.FIRST_HALF, first);
  }

  private static Trend trend(BigDecimal before, BigDecimal after) {
    BigDecimal change = after.subtract(before);
    if (change.compareTo(THRESHOLD) >= 0) {
      return Trend.UP;
    }
    if (change.negate().compareTo(THRESHOLD) >= 0) {
      return Trend.DOWN;
    }
    return Trend.STEADY;
  }

  private static BigDecimal mean(List<Integer> marks) {
    if (marks == null || marks.isEmpty()) {
      return null;
    }
    int sum = 0;
    for (int mark : marks) {
      if (mark < 1 || mark > 10) {
        throw new IllegalArgumentException("not a ten-point mark: " + mark);
      }
      sum += mark;
    }
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(marks.size()), 2, RoundingMode.HALF_UP);
  }
}
