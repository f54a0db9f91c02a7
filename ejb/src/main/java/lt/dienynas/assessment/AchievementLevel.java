package lt.dienynas.assessment;

/** Pradinių klasių mokinių pasiekimų lygiai, from the lowest. */
public enum AchievementLevel {
  /** Slenkstinis. */
  THRESHOLD("sl."),
  /** Patenkinamas. */
  SATISFACTORY("pat."),
  /** Pagrindinis. */
  BASIC("pagr."),
  /** Aukštesnysis. */
  ADVANCED("aukšt.");

  private final String notation;

  AchievementLevel(String notation) {
    this.notation = notation;
  }

  /** The abbreviation the journal shows. */
  public String notation() {
    return notation;
  }
}
