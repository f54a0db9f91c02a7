package lt.dienynas.movement;

/** Įsakymo rūšis (§18.4): what the director's order says about the student. */
public enum OrderKind {
  /**
   * Priėmimas: admitted to the school (a new first-grader, a pre-school child, a returning one).
   */
  ADMISSION,
  /** Atvykimas: arrived from another school during the school year. */
  ARRIVAL,
  /** Išvykimas: leaves the school; struck off the class lists from the order's date. */
  DEPARTURE,
  /** Laikinas išvykimas mokytis ir gydytis: a hospital, sanatorium or similar, for a period. */
  TEMPORARY_LEAVE;

  /** Whether the order puts the student into a class (admission or arrival). */
  public boolean enrols() {
    return this == ADMISSION || this == ARRIVAL;
  }
}
