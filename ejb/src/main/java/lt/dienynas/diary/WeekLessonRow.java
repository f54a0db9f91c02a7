package lt.dienynas.diary;

import java.time.LocalDate;
import lt.dienynas.journal.NotHeldReason;

/**
 * A lesson of the student's groups in a week as {@link DiaryService} reads it in one query, with
 * its subject, teacher and substitute (the substitute's names null without one).
 */
public record WeekLessonRow(
    Long id,
    Long groupId,
    LocalDate date,
    int number,
    String subjectName,
    String teacherFirstName,
    String teacherLastName,
    String substituteFirstName,
    String substituteLastName,
    String topic,
    String homework,
    LocalDate homeworkDue,
    NotHeldReason notHeld,
    boolean distance,
    LocalDate movedFromDate,
    Integer movedFromNumber,
    String moveReason) {

  static final String SELECT =
      "SELECT NEW lt.dienynas.diary.WeekLessonRow(l.id, l.group.id, l.lessonDate, l.lessonNumber,"
          + " sub.name, t.firstName, t.lastName, st.firstName, st.lastName, l.topic, l.homework,"
          + " l.homeworkDue, l.notHeldReason, l.distance, l.movedFromDate, l.movedFromNumber,"
          + " l.moveReason) FROM Lesson l JOIN l.subject sub JOIN l.teacher t"
          + " LEFT JOIN l.substitute st"
          + " WHERE l.group.id IN :groupIds AND l.lessonDate BETWEEN :from AND :to"
          + " ORDER BY l.lessonDate, l.lessonNumber";
}
