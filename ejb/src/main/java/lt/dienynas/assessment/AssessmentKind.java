package lt.dienynas.assessment;

/** Vertinimo tipas: what the mark was given for (§23.4–§23.6). */
public enum AssessmentKind {
  /** Darbas pamokoje. */
  CLASSWORK,
  /** Kontrolinis darbas. */
  TEST,
  /** Savarankiškas darbas. */
  INDEPENDENT_WORK,
  /** Namų darbas. */
  HOMEWORK,
  /** Projektas. */
  PROJECT,
  /** Iš kitos įstaigos (§23.6): with the institution's name. */
  OTHER_INSTITUTION
}
