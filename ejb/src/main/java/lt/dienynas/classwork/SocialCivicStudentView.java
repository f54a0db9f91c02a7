package lt.dienynas.classwork;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * One student's social-civic activity of the school year, for the student and their guardians.
 *
 * @param applies whether the student's class is of grades 5–8 (the only ones that have the norm)
 */
public record SocialCivicStudentView(
    long studentId,
    String studentName,
    String className,
    String yearName,
    boolean applies,
    SocialCivicTotal total,
    List<SocialCivicEntryView> entries)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public SocialCivicStudentView {
    entries = List.copyOf(entries);
  }
}
