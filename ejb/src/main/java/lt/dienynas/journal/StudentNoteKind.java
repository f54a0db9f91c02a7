package lt.dienynas.journal;

/** Pagyrimas, pastaba ar komentaras mokiniui. */
public enum StudentNoteKind {
  /** Pagyrimas. */
  PRAISE,
  /** Pastaba. */
  REMARK,
  /** Komentaras. */
  COMMENT
}
