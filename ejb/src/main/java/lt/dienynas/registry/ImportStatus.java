package lt.dienynas.registry;

/** Where a registry import stands. */
public enum ImportStatus {
  /** The job is checking every line. */
  STARTED,
  /** Every line checked; the good ones are being imported. */
  VALIDATED,
  /** Done: the good lines imported, the bad ones reported. */
  COMPLETED,
  /** The job stopped with a technical failure; restarting it resumes where it stopped. */
  FAILED,
  /** Reserved for a file refused as a whole (never stored: such a file is refused at upload). */
  REJECTED
}
