package lt.dienynas.diary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.journal.SchoolDayView;

/** A day of a student's week. */
public record DiaryDay(LocalDate date, List<DiaryLesson> lessons, List<SchoolDayView> schoolDays)
    implements Serializable {
  public DiaryDay {
    lessons = List.copyOf(lessons);
    schoolDays = List.copyOf(schoolDays);
  }
}
