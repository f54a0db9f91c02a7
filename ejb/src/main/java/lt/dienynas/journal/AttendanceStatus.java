package lt.dienynas.journal;

/** Lankomumo žyma. */
public enum AttendanceStatus {
  /** „n“: neatvyko. */
  ABSENT("n"),
  /** „p“: pavėlavo. */
  LATE("p");

  private final String notation;

  AttendanceStatus(String notation) {
    this.notation = notation;
  }

  public String notation() {
    return notation;
  }
}
