package lt.dienynas.correction;

/** Which locked field an act's line changes. */
public enum CorrectionKind {
  /** A mark in a lesson (wrong → correct notation; blank for none). */
  MARK,
  /** A semester or annual grade. */
  PERIOD_GRADE,
  /** The period's counts of missed and justified lessons. */
  PERIOD_ATTENDANCE,
  /** An additional work's result (the year's final result in the subject, §23.12). */
  ADDITIONAL_WORK,
  /** A summer work's result (the year's final result in the subject, §23.12). */
  SUMMER_WORK;

  /** The kind of additional work a work line corrects, else {@code null}. */
  public lt.dienynas.assessment.AdditionalWorkKind workKind() {
    return switch (this) {
      case ADDITIONAL_WORK -> lt.dienynas.assessment.AdditionalWorkKind.ADDITIONAL;
      case SUMMER_WORK -> lt.dienynas.assessment.AdditionalWorkKind.SUMMER;
      default -> null;
    };
  }
}
