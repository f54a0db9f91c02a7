package lt.dienynas.diary;

/** Vidurkio kryptis: whether a subject's average goes up, down or holds ({@link MarkAverage}). */
public enum Trend {
  UP,
  DOWN,
  STEADY,
  /** Nothing to compare with: no earlier marks, fewer than two in the period. */
  UNKNOWN
}
