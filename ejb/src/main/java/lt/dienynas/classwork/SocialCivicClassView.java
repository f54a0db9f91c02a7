package lt.dienynas.classwork;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A class's social-civic activity of the school year: each student's total against the norm, the
 * class's total hours and how many students have met the norm, and the entries, newest first.
 */
public record SocialCivicClassView(
    long classId,
    String className,
    int norm,
    List<SocialCivicTotal> students,
    BigDecimal classHours,
    int studentsMeetingNorm,
    List<SocialCivicEntryView> entries)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public SocialCivicClassView {
    students = List.copyOf(students);
    entries = List.copyOf(entries);
  }
}
