package lt.dienynas.school;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * What is still missing for a school year to start (§18.1: everything entered by 5 September): each
 * item is done or names what is missing.
 */
public record YearChecklist(long yearId, String yearName, LocalDate dueDate, List<Item> items) {

  /** §18.1: the information must be complete by 5 September. */
  public static final MonthDay DUE = MonthDay.of(9, 5);

  public YearChecklist {
    items = List.copyOf(items);
  }

  /** One thing to check: a bundle key for its label, and what is missing (empty when done). */
  public record Item(String key, List<String> missing, int count) {
    public Item {
      missing = List.copyOf(missing);
    }

    public boolean done() {
      return count == 0;
    }

    /** What is missing, as one line ("5a, 6b"); empty when nothing is named. */
    public String missingText() {
      List<String> named = missing.stream().filter(m -> !"-".equals(m)).toList();
      return named.size() <= 20
          ? String.join(", ", named)
          : String.join(", ", named.subList(0, 20)) + " …";
    }
  }

  public boolean complete() {
    return items.stream().allMatch(Item::done);
  }

  public long missingCount() {
    return items.stream().filter(i -> !i.done()).count();
  }

  /** Past the due date and still incomplete. */
  public boolean overdue(LocalDate today) {
    return !complete() && today.isAfter(dueDate);
  }
}
