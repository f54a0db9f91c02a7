package lt.dienynas.diary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A day of a student's week. */
public record DiaryDay(LocalDate date, List<DiaryLesson> lessons) implements Serializable {
  public DiaryDay {
    lessons = List.copyOf(lessons);
  }
}
