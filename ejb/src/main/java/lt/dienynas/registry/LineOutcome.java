package lt.dienynas.registry;

/** What became of one line of a registry file. */
public enum LineOutcome {
  /** Checked and good; not imported yet. */
  VALID,
  /** Bad: not imported; the reason is reported. */
  REJECTED,
  /** A new person was added. */
  CREATED,
  /** An existing person's data or class changed to match the registry. */
  UPDATED,
  /** The diary already matched the line: nothing changed. */
  UNCHANGED
}
