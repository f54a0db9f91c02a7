package lt.dienynas.correction;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the drafting page starts from when an act is written from a lesson of the journal: its
 * group, subject and date, and its students with their marks there now.
 */
public record LessonContext(
    long lessonId,
    long groupId,
    String groupName,
    long subjectId,
    String subjectName,
    LocalDate date,
    int number,
    List<StudentMark> students)
    implements Serializable {

  /** A student of the lesson and the mark they have in it (null for none). */
  public record StudentMark(long studentId, String name, String mark) implements Serializable {}
}
