package lt.dienynas.preschool;

/** Whether a group's working day was filled in (§22.4). */
public enum DayState {
  /** The day's attendance was entered. */
  FILLED,
  /** Neužpildyta dėl objektyvių priežasčių (no internet, the diary down), with the reason. */
  NOT_FILLED
}
