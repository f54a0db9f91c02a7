package lt.dienynas.preschool;

/** What a pre-school teacher owes for a week (§22.5). */
public enum WeekWork {
  /** Next week's activity plan, due by the end of the week before. */
  PLAN,
  /** The week's reflection, due on its last working day (Friday). */
  REFLECTION
}
