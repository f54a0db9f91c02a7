package lt.dienynas.journal;

import java.io.Serializable;
import java.time.LocalDate;

/** A lesson in a journal: a column of the grid and what its side panel shows. */
public record JournalLesson(
    long id,
    LocalDate date,
    int number,
    long subjectId,
    String subjectName,
    long teacherId,
    String teacherName,
    Long substituteId,
    String substituteName,
    String topic,
    String homework,
    LocalDate homeworkDue,
    String notes,
    NotHeldReason notHeldReason,
    boolean distance,
    boolean writable,
    String integratedWith,
    LocalDate movedFromDate,
    Integer movedFromNumber,
    String moveReason)
    implements Serializable {

  /** The lesson counts for further subjects too (§23.8): their names, joined. */
  public boolean isIntegrated() {
    return integratedWith != null;
  }

  /** The lesson moved from another date or lesson number (§23.13). */
  public boolean isMoved() {
    return movedFromDate != null;
  }

  public boolean isHeld() {
    return notHeldReason == null;
  }

  public boolean isSubstituted() {
    return substituteId != null;
  }

  /** Who gave the lesson: the substitute when there was one. */
  public String givenBy() {
    return substituteName != null ? substituteName : teacherName;
  }

  public LessonRecord record() {
    return new LessonRecord(topic, homework, homeworkDue, notes, notHeldReason, distance);
  }
}
