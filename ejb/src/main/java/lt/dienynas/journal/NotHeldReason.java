package lt.dienynas.journal;

/** Why a lesson did not take place (§23.3). */
public enum NotHeldReason {
  /** Šaltis. */
  COLD,
  /** Karštis. */
  HEAT,
  /** Karantinas. */
  QUARANTINE,
  /** Stichinė nelaimė. */
  NATURAL_DISASTER,
  /** Kita priežastis (named in the day's note). */
  OTHER
}
