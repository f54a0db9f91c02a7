package lt.dienynas.preschool;

/**
 * Kompetencija: the seven competencies of the pre-school and pre-primary curriculum (the areas in
 * which a child's achievement steps are recorded, §22.10), in the curriculum's order.
 */
public enum Competency {
  /** Pažinimo kompetencija. */
  COGNITIVE,
  /** Socialinė, emocinė ir sveikos gyvensenos kompetencija. */
  SOCIAL_EMOTIONAL_HEALTH,
  /** Kūrybiškumo kompetencija. */
  CREATIVITY,
  /** Pilietiškumo kompetencija. */
  CIVIC,
  /** Kultūrinė kompetencija. */
  CULTURAL,
  /** Komunikavimo kompetencija. */
  COMMUNICATION,
  /** Skaitmeninė kompetencija. */
  DIGITAL
}
