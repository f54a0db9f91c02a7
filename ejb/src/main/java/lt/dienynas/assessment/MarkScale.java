package lt.dienynas.assessment;

/** Vertinimo skalė: how a mark is expressed. */
public enum MarkScale {
  /** Dešimtbalė sistema (1–10), grades 5–8. */
  TEN_POINT,
  /** Įskaityta / neįskaityta. */
  PASS_FAIL,
  /** Atleistas: exempt from the subject; allowed wherever a mark is. */
  EXEMPT,
  /** Pradinių klasių pasiekimų lygis. */
  ACHIEVEMENT_LEVEL,
  /** Aprašomasis vertinimas (komentaras). */
  DESCRIPTIVE
}
