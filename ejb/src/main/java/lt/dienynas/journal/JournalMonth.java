package lt.dienynas.journal;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.dienynas.assessment.MarkScale;

/**
 * A group's journal for a month: its students down, its lessons across, a cell for each, and what
 * the person looking may change.
 *
 * @param subjectId the subject the journal is limited to, or null for every subject of the group
 * @param scales the marks the group may get in that subject (empty without a subject)
 * @param schoolDays the month's days without lessons and remote-teaching days of the group's class
 *     or the whole school (§23.3, §23.15)
 */
public record JournalMonth(
    long groupId,
    String groupName,
    String className,
    Long subjectId,
    String subjectName,
    YearMonth month,
    List<JournalStudent> students,
    List<JournalLesson> lessons,
    Map<String, JournalCell> cells,
    Set<MarkScale> scales,
    List<SchoolDayView> schoolDays)
    implements Serializable {

  public JournalMonth {
    schoolDays = List.copyOf(schoolDays);
    students = List.copyOf(students);
    lessons = List.copyOf(lessons);
    cells = Map.copyOf(cells);
    scales = Set.copyOf(scales);
  }

  static String key(long lessonId, long studentId) {
    return lessonId + ":" + studentId;
  }

  public JournalCell cell(long lessonId, long studentId) {
    return cells.getOrDefault(key(lessonId, studentId), JournalCell.EMPTY);
  }

  public boolean isWritable() {
    return lessons.stream().anyMatch(JournalLesson::writable);
  }
}
