package lt.dienynas.journal;

import java.time.LocalDate;

/**
 * A lesson of a group's month as {@link JournalService#month} reads it in one query, with its
 * subject, its teacher and its substitute (all three of the substitute's fields null without one).
 */
public record MonthLessonRow(
    Long id,
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

  static final String SELECT =
      "SELECT NEW lt.dienynas.journal.MonthLessonRow(l.id, l.lessonDate, l.lessonNumber, sub.id,"
          + " sub.name, t.id, t.firstName, t.lastName, st.id, st.firstName, st.lastName, l.topic,"
          + " l.homework, l.homeworkDue, l.notes, l.notHeldReason, l.distance, l.movedFromDate,"
          + " l.movedFromNumber, l.moveReason) FROM Lesson l JOIN l.subject sub"
          + " JOIN l.teacher t LEFT JOIN l.substitute st WHERE l.group.id = :groupId"
          + " AND l.lessonDate BETWEEN :from AND :to";
}
