package lt.dienynas.preschool;

/** Where the monthly attendance sheet is on its way to the deputy (§22.9). */
public enum SheetStatus {
  /** Not submitted yet. */
  NOT_SUBMITTED,
  /** Pateiktas suderinti. */
  SUBMITTED,
  /** Suderintas (approved): the group's month is locked. */
  APPROVED,
  /** Grąžintas taisyti, with the deputy's comment. */
  RETURNED
}
