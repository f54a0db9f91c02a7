package lt.dienynas.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import lt.dienynas.shared.DateRange;

/**
 * When a person may fill a group's journal: the lessons of a subject they are assigned to teach the
 * group on the lesson's date, and any lesson they substitute. Answered by {@link
 * AccessPolicy#journalWriteWindow} from the same rule as {@link AccessPolicy#mayWriteLesson}, for
 * pages that show many lessons at once and for generating lessons.
 */
public record JournalWriteWindow(long personId, boolean writerRole, List<Assigned> assigned) {

  /** One teaching assignment of the person in the group: a subject over a period. */
  public record Assigned(long subjectId, DateRange period) {
    public Assigned {
      Objects.requireNonNull(period, "period");
    }
  }

  public JournalWriteWindow {
    assigned = List.copyOf(assigned);
  }

  /** Whether the person may write a lesson of this subject on this date with this substitute. */
  public boolean mayWrite(long subjectId, LocalDate lessonDate, Long substituteId) {
    if (!writerRole) {
      return false;
    }
    return Long.valueOf(personId).equals(substituteId) || assignedTo(subjectId, lessonDate);
  }

  /** Whether the person is assigned to teach this subject in the group on this date. */
  public boolean assignedTo(long subjectId, LocalDate date) {
    return writerRole
        && assigned.stream().anyMatch(a -> a.subjectId() == subjectId && a.period().contains(date));
  }
}
