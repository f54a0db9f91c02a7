package lt.dienynas.school;

/** Laikotarpio rūšis: a semester (pusmetis) or the whole school year. */
public enum PeriodKind {
  /** I pusmetis. */
  FIRST_SEMESTER,
  /** II pusmetis. */
  SECOND_SEMESTER,
  /** Metinis (mokslo metai). */
  ANNUAL
}
