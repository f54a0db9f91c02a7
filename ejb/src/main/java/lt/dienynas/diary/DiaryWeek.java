package lt.dienynas.diary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's week (Monday to Sunday): the lessons of each day with topics, homework, the student's
 * marks and absences, the praise, remarks and comments of the week, and the bell schedule of the
 * lesson numbers.
 */
public record DiaryWeek(
    DiaryChild student,
    LocalDate monday,
    List<DiaryDay> days,
    List<DiaryNote> notes,
    List<LessonSlot> lessonTimes)
    implements Serializable {
  public DiaryWeek {
    days = List.copyOf(days);
    notes = List.copyOf(notes);
    lessonTimes = List.copyOf(lessonTimes);
  }

  public LocalDate sunday() {
    return monday.plusDays(6);
  }

  public LocalDate previousMonday() {
    return monday.minusWeeks(1);
  }

  public LocalDate nextMonday() {
    return monday.plusWeeks(1);
  }

  /** The time of lesson number N by the bell schedule ("8:00–8:45"), or empty when not set. */
  public String timeOf(int number) {
    return lessonTimes.stream()
        .filter(t -> t.number() == number)
        .findFirst()
        .map(LessonSlot::text)
        .orElse("");
  }
}
