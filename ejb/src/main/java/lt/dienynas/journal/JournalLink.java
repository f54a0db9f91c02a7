package lt.dienynas.journal;

import java.io.Serializable;

/**
 * A journal a person may open: a group, limited to a subject (or all its subjects), and why they
 * may: they teach it, it is their class, they substitute in it, or they oversee the school.
 */
public record JournalLink(
    long groupId, String groupName, Long subjectId, String subjectName, Relation relation)
    implements Serializable {

  /** Why the person sees the journal. */
  public enum Relation {
    TEACHES,
    OWN_CLASS,
    SUBSTITUTES,
    SCHOOL
  }
}
