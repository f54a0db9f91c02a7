package lt.dienynas.correction;

/** Which locked field an act's line changes. */
public enum CorrectionKind {
  /** A mark in a lesson (wrong → correct notation; blank for none). */
  MARK,
  /** A semester or annual grade. */
  PERIOD_GRADE,
  /** The period's counts of missed and justified lessons. */
  PERIOD_ATTENDANCE
}
