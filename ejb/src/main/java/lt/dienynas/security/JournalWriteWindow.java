package lt.dienynas.security;

import java.time.LocalDate;
import java.util.List;
import lt.dienynas.shared.DateRange;

/**
 * When a person may fill a group's journal: while assigned to the group, and any lesson they
 * substitute. Answered by {@link AccessPolicy#journalWriteWindow} from the same rules as {@link
 * AccessPolicy#mayWriteLesson}, for pages that show many lessons at once.
 */
public record JournalWriteWindow(long personId, boolean writerRole, List<DateRange> assigned) {
  public JournalWriteWindow {
    assigned = List.copyOf(assigned);
  }

  public boolean mayWrite(LocalDate lessonDate, Long substituteId) {
    if (!writerRole) {
      return false;
    }
    return Long.valueOf(personId).equals(substituteId)
        || assigned.stream().anyMatch(range -> range.contains(lessonDate));
  }
}
