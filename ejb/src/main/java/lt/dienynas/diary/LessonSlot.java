package lt.dienynas.diary;

import java.io.Serializable;
import java.time.LocalTime;

/** When lesson number N starts and ends by the school year's bell schedule (pamokų laikas). */
public record LessonSlot(int number, LocalTime startsAt, LocalTime endsAt) implements Serializable {
  /** "8:00–8:45". */
  public String text() {
    return startsAt.getHour()
        + ":"
        + String.format("%02d", startsAt.getMinute())
        + "–"
        + endsAt.getHour()
        + ":"
        + String.format("%02d", endsAt.getMinute());
  }
}
