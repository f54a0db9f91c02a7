package lt.dienynas.journal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.shared.DateRange;

/** A student in a journal: a row of the grid, with the days they belonged to the group. */
public record JournalStudent(long id, String firstName, String lastName, List<DateRange> member)
    implements Serializable {
  public JournalStudent {
    member = List.copyOf(member);
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  /** "Pavardė Vardas", as journals list students. */
  public String listName() {
    return lastName + " " + firstName;
  }

  public boolean isMemberOn(LocalDate date) {
    return member.stream().anyMatch(range -> range.contains(date));
  }
}
