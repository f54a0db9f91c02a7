package lt.dienynas.journal;

import java.time.LocalDate;

/**
 * A lesson as the journal's month ({@link JournalService#month}) and the diary's week read it in
 * one query, with its group, subject, teacher and substitute (the substitute's fields null without
 * one).
 */
public record LessonRow(
    Long id,
    Long groupId,
    LocalDate date,
    int number,
    Long subjectId,
    String subjectName,
    Long teacherId,
    String teacherFirstName,
    String teacherLastName,
    Long substituteId,
    String substituteFirstName,
    String substituteLastName,
    String topic,
    String homework,
    LocalDate homeworkDue,
    String notes,
    NotHeldReason notHeld,
    boolean distance,
    LocalDate movedFromDate,
    Integer movedFromNumber,
    String moveReason) {

  /**
   * The select of the rows, {@code l} the lesson and {@code sub} its subject; callers add WHERE.
   */
  public static final String SELECT =
      "SELECT NEW lt.dienynas.journal.LessonRow(l.id, l.group.id, l.lessonDate, l.lessonNumber,"
          + " sub.id, sub.name, t.id, t.firstName, t.lastName, st.id, st.firstName, st.lastName,"
          + " l.topic, l.homework, l.homeworkDue, l.notes, l.notHeldReason, l.distance,"
          + " l.movedFromDate, l.movedFromNumber, l.moveReason) FROM Lesson l JOIN l.subject sub"
          + " JOIN l.teacher t LEFT JOIN l.substitute st";
}
