package lt.dienynas.correction;

/** Where a correction act stands: draft → submitted → agreed by both → applied → archived. */
public enum CorrectionStatus {
  /** Written by its author, not yet given for agreement. */
  DRAFT,
  /** Waiting for the deputy's and the DB admin's agreement. */
  SUBMITTED,
  /** Agreed („SUDERINTA“) by the deputy and the DB admin: the admin may apply it. */
  AGREED,
  /** Refused by the deputy or the DB admin, with a reason: nothing changes. */
  REJECTED,
  /** The named fields were changed. */
  APPLIED,
  /** Kept with the year's summaries once the year is closed. */
  ARCHIVED
}
