package lt.dienynas.oversight;

import java.io.Serializable;
import java.util.List;

/**
 * One teacher's, class's or non-formal group's row of the dashboard: the number of gaps of each
 * figure, in the order of {@link FillingFigure#values()}.
 */
public record FillingCounts(long id, String name, List<Integer> counts) implements Serializable {
  public FillingCounts {
    counts = List.copyOf(counts);
  }

  public int count(FillingFigure figure) {
    return counts.get(figure.ordinal());
  }

  /** All the row's gaps together. */
  public int total() {
    return counts.stream().mapToInt(Integer::intValue).sum();
  }
}
