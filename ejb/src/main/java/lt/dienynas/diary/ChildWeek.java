package lt.dienynas.diary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One child's week on a guardian's summary card: the week's marks (by date), missed lessons
 * (unjustified of them) and late arrivals.
 */
public record ChildWeek(
    DiaryChild child,
    LocalDate monday,
    List<DiaryMark> marks,
    int absent,
    int absentUnjustified,
    int late)
    implements Serializable {
  public ChildWeek {
    marks = List.copyOf(marks);
  }
}
