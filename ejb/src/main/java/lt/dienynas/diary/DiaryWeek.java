package lt.dienynas.diary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's week (Monday to Sunday): the lessons of each day with topics, homework, the student's
 * marks and absences, and the praise, remarks and comments of the week.
 */
public record DiaryWeek(
    DiaryChild student, LocalDate monday, List<DiaryDay> days, List<DiaryNote> notes)
    implements Serializable {
  public DiaryWeek {
    days = List.copyOf(days);
    notes = List.copyOf(notes);
  }

  public LocalDate sunday() {
    return monday.plusDays(6);
  }
}
