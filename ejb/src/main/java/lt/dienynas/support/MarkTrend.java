package lt.dienynas.support;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a student's ten-point marks move: the average of the last {@code n} marks against the average
 * of the ones before them (both null when there are too few marks to say).
 *
 * @param count the ten-point marks counted
 * @param average the average of all of them (null: none)
 * @param lastAverage the average of the last {@code n} (null: fewer than {@code n})
 * @param earlierAverage the average of those before the last {@code n} (null: fewer than {@code n}
 *     of them)
 */
public record MarkTrend(
    int count, BigDecimal average, BigDecimal lastAverage, BigDecimal earlierAverage)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * @param marks ten-point marks in the order they were given (oldest first)
   * @param n how many of the latest marks form the "last" average (at least 1)
   */
  public static MarkTrend of(List<Integer> marks, int n) {
    int size = marks.size();
    int last = Math.max(1, n);
    BigDecimal all = average(marks);
    BigDecimal latest = size >= last ? average(marks.subList(size - last, size)) : null;
    BigDecimal earlier = size >= 2 * last ? average(marks.subList(0, size - last)) : null;
    return new MarkTrend(size, all, latest, earlier);
  }

  /** How much the last average is below the earlier one (null when either is unknown). */
  public BigDecimal drop() {
    return lastAverage == null || earlierAverage == null
        ? null
        : earlierAverage.subtract(lastAverage);
  }

  private static BigDecimal average(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    long sum = 0;
    for (int v : values) {
      sum += v;
    }
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
  }
}
