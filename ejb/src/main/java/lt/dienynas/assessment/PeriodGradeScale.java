package lt.dienynas.assessment;

/** How a semester or annual grade is expressed: the mark scales and padarė / nepadarė pažangos. */
public enum PeriodGradeScale {
  TEN_POINT,
  PASS_FAIL,
  EXEMPT,
  ACHIEVEMENT_LEVEL,
  DESCRIPTIVE,
  /** Padarė pažangą / nepadarė pažangos. */
  PROGRESS
}
