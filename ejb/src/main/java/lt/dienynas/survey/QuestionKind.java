package lt.dienynas.survey;

/** Klausimo tipas. */
public enum QuestionKind {
  /** One option. */
  SINGLE_CHOICE,
  /** One or more options. */
  MULTIPLE_CHOICE,
  /** A number on a scale, e.g. 1–5. */
  SCALE,
  /** Free text (optional). */
  FREE_TEXT;

  public boolean hasOptions() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}
