package lt.dienynas.journal;

import java.io.Serial;
import lt.dienynas.shared.BusinessException;

/**
 * Someone changed the record after the writer read it: the write is refused (never a silent
 * overwrite) and the writer is told the current value and version to decide again.
 */
public class StaleWriteException extends BusinessException {
  @Serial private static final long serialVersionUID = 1L;

  private final Integer currentVersion;

  /**
   * @param currentValue the record as it is now, as text ("" when it was removed)
   * @param currentVersion its version now; null when it no longer exists
   */
  public StaleWriteException(String currentValue, Integer currentVersion) {
    super("journal.stale", currentValue == null || currentValue.isEmpty() ? "—" : currentValue);
    this.currentVersion = currentVersion;
  }

  /** The record's version now; null when it no longer exists. */
  public Integer getCurrentVersion() {
    return currentVersion;
  }
}
