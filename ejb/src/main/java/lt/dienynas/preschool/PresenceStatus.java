package lt.dienynas.preschool;

/** Vaiko lankomumo žyma dienai: atvyko, neatvyko, pavėlavo. */
public enum PresenceStatus {
  /** Atvyko. */
  PRESENT(""),
  /** „n“: neatvyko. */
  ABSENT("n"),
  /** „p“: pavėlavo (with the time the child came). */
  LATE("p");

  private final String notation;

  PresenceStatus(String notation) {
    this.notation = notation;
  }

  /** The sheet's notation: empty for present, „n“, „p“. */
  public String notation() {
    return notation;
  }
}
