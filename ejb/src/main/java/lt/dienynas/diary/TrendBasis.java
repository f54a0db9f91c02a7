package lt.dienynas.diary;

/** What a subject's average is compared with to tell its {@link Trend}. */
public enum TrendBasis {
  /** The previous period's (semester's) average of the subject. */
  PREVIOUS_PERIOD,
  /** The average of the first half of this period's marks, against that of the second half. */
  FIRST_HALF,
  NONE
}
