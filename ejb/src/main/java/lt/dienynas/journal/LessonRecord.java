package lt.dienynas.journal;

import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.shared.PlainText;

/**
 * What a teacher writes about a lesson (§23.3): topic, homework and its due date, notes; the reason
 * it did not take place; whether it was given remotely (§23.15).
 */
public record LessonRecord(
    @PlainText String topic,
    @PlainText String homework,
    LocalDate homeworkDue,
    @PlainText String notes,
    NotHeldReason notHeldReason,
    boolean distance)
    implements Serializable {

  public static LessonRecord topic(String topic) {
    return new LessonRecord(topic, null, null, null, null, false);
  }
}
