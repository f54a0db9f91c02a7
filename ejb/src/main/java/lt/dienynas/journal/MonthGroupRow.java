package lt.dienynas.journal;

/**
 * The group of a month as {@link JournalService#month} reads it: its name and its class's name
 * (null for a group of no class).
 */
public record MonthGroupRow(String groupName, String className) {

  static final String SELECT =
      "SELECT NEW lt.dienynas.journal.MonthGroupRow(g.name, c.name) FROM StudyGroup g"
          + " LEFT JOIN g.schoolClass c WHERE g.id = :groupId";
}
