package lt.dienynas.support;

/** What an early warning is about. */
public enum EarlyWarningKind {
  /** Unjustified absences (lessons) in the calendar month. */
  ABSENCES_MONTH,
  /** Unjustified absences (lessons) in the school period (semester). */
  ABSENCES_PERIOD,
  /** The latest ten-point marks fell below the earlier ones, or below the threshold. */
  MARKS_FALLING
}
