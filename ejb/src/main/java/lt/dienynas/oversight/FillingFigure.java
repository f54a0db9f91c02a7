package lt.dienynas.oversight;

/**
 * What the deputy checks in the journal's filling (§19.1, §19.5, §19.13): each figure of the
 * dashboard counts the gaps of one kind, and opens the list of them.
 */
public enum FillingFigure {
  /** A held lesson still without its topic after 17:00 of its day (§23.3). */
  NO_TOPIC,
  /**
   * A month whose lock deadline has passed with lessons of a group still without a topic (§19.5).
   */
  MONTH_NOT_COMPLETED,
  /** A planned test without marks entered within a week of it (§23.5). */
  TEST_MARKS_LATE,
  /** A test announced less than the school's days ahead (a week, §23.4). */
  TEST_ANNOUNCED_LATE,
  /** A test on a day when students of the class have another one (§23.4: one a day). */
  TESTS_SAME_DAY,
  /** A student's semester or annual grade missing after the period's last day (§23.10). */
  PERIOD_GRADES_MISSING,
  /** A guardian's note not decided within 2 working days (§21.8). */
  JUSTIFICATION_OVERDUE,
  /**
   * A held lesson whose attendance was never taken by 17:00 of its day (§23.3): the lesson was
   * never saved with its students' cells (the grid, {@code PUT /lessons/{id}/entries}).
   */
  ATTENDANCE_NOT_TAKEN
}
