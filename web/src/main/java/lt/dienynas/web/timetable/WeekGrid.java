package lt.dienynas.web.timetable;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import lt.dienynas.timetable.TimetableEntry;

/** Weekly lessons laid out as a week: a row per lesson number, a cell per weekday. */
public final class WeekGrid implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** One lesson number across Monday to Friday. */
  public record Row(int number, List<List<TimetableEntry>> days) implements Serializable {}

  private final List<Row> rows = new ArrayList<>();

  public WeekGrid(List<TimetableEntry> entries) {
    TreeMap<Integer, List<List<TimetableEntry>>> byNumber = new TreeMap<>();
    for (TimetableEntry entry : entries) {
      List<List<TimetableEntry>> days =
          byNumber.computeIfAbsent(
              entry.lessonNumber(),
              n -> {
                List<List<TimetableEntry>> week = new ArrayList<>();
                for (int d = 0; d < 5; d++) {
                  week.add(new ArrayList<>());
                }
                return week;
              });
      days.get(entry.weekday() - 1).add(entry);
    }
    byNumber.forEach((number, days) -> rows.add(new Row(number, days)));
  }

  public List<Row> getRows() {
    return rows;
  }
}
