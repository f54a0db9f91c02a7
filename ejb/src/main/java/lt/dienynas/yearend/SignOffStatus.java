package lt.dienynas.yearend;

/** Where a class's summary stands in its sign-off (§21.18). */
public enum SignOffStatus {
  /** Not confirmed yet: the job may render it again. */
  OPEN,
  /** The class teacher confirmed it (name, date): frozen. */
  CONFIRMED,
  /** The deputy accepted the confirmed summary: frozen. */
  ACCEPTED,
  /** A correction act re-opened it after confirmation; it must be confirmed again. */
  REOPENED;

  public boolean frozen() {
    return this == CONFIRMED || this == ACCEPTED;
  }
}
