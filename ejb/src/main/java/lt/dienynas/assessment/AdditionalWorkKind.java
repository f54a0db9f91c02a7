package lt.dienynas.assessment;

/** Papildomi darbai (during the year) or vasaros darbai (in the summer). */
public enum AdditionalWorkKind {
  ADDITIONAL,
  SUMMER
}
