package lt.dienynas.journal;

/**
 * A group, and a subject of it or none, as {@link JournalService#myJournals} reads the journals a
 * person may open.
 */
public record GroupSubjectRow(Long groupId, String groupName, Long subjectId, String subjectName) {

  /** A group read without a subject (all its subjects). */
  public GroupSubjectRow(Long groupId, String groupName) {
    this(groupId, groupName, null, null);
  }
}
