package lt.dienynas.journal;

import java.io.Serializable;
import java.util.Map;

/**
 * What a form showed of a lesson when it was loaded: its record and each student's cell as written
 * ("n", "p 8"). A save against it changes only what the person changed since, and finds what
 * someone else changed meanwhile (lost updates, #23).
 *
 * @param record the lesson's record as loaded
 * @param cells each student's cell as loaded; a student left out had nothing loaded
 */
public record LoadedLesson(LessonRecord record, Map<Long, String> cells) implements Serializable {
  public LoadedLesson {
    cells = Map.copyOf(cells);
  }

  /** The cell as loaded: "" when it was empty. */
  public String cell(long studentId) {
    return cells.getOrDefault(studentId, "");
  }
}
