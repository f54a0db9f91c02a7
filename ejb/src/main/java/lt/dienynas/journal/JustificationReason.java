package lt.dienynas.journal;

/** Praleistų pamokų pateisinimo priežastis. */
public enum JustificationReason {
  /** Liga. */
  ILLNESS,
  /** Tėvų (globėjų) prašymu. */
  PARENTS_REQUEST,
  /** Mokyklos reikalais. */
  SCHOOL_BUSINESS,
  /** Kita. */
  OTHER
}
