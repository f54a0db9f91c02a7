package lt.dienynas.history;

/** What happened to a record of the diary. */
public enum HistoryAction {
  INSERT,
  UPDATE,
  DELETE,
  LOCK,
  UNLOCK
}
