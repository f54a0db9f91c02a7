package lt.dienynas.journal;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a teacher writes about a lesson (§23.3): topic, homework and its due date, notes; the reason
 * it did not take place; whether it was given remotely (§23.15).
 */
public record LessonRecord(
    String topic,
    String homework,
    LocalDate homeworkDue,
    String notes,
    NotHeldReason notHeldReason,
    boolean distance)
    implements Serializable {

  public static LessonRecord topic(String topic) {
    return new LessonRecord(topic, null, null, null, null, false);
  }
}
