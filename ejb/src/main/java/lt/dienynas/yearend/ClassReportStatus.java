package lt.dienynas.yearend;

/** Where a class's semester or annual report stands (§21.17, §32). */
public enum ClassReportStatus {
  /** Nothing prepared yet (no record). */
  NOT_PREPARED,
  /** The class teacher prepared it from the period results and checks it. */
  PREPARED,
  /** The class teacher confirmed it and handed it to the deputy: frozen. */
  CONFIRMED,
  /** The deputy for education accepted it: frozen. */
  ACCEPTED,
  /** The deputy returned it with a comment: the class teacher prepares it again. */
  RETURNED;

  /** Handed in (confirmed or accepted): neither prepared again nor overdue. */
  public boolean handedIn() {
    return this == CONFIRMED || this == ACCEPTED;
  }
}
