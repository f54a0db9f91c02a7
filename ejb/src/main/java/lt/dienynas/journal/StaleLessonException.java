package lt.dienynas.journal;

import java.io.Serial;
import java.util.List;
import lt.dienynas.shared.BusinessException;

/**
 * A lesson was saved against what its form had loaded, and someone else had changed meanwhile some
 * of the same fields or cells: nothing is saved, and the conflicts say who changed what, and what
 * it holds now.
 */
public class StaleLessonException extends BusinessException {
  @Serial private static final long serialVersionUID = 1L;

  private final List<JournalConflict> conflicts;

  public StaleLessonException(List<JournalConflict> conflicts) {
    super("journal.staleLesson", conflicts.size());
    this.conflicts = List.copyOf(conflicts);
  }

  public List<JournalConflict> conflicts() {
    return conflicts;
  }
}
