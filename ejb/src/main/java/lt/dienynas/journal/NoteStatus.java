package lt.dienynas.journal;

/** Where a guardian's justification note stands. */
public enum NoteStatus {
  /** Pateiktas: waits for the class teacher. */
  SUBMITTED,
  /** Priimtas: the absences are justified. */
  ACCEPTED,
  /** Atmestas. */
  REJECTED
}
