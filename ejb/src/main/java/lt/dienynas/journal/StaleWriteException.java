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

  private StaleWriteException(Integer currentVersion, String key, Object... args) {
    super(key, args);
    this.currentVersion = currentVersion;
  }

  /**
   * A refusal with its own message (who changed what meanwhile, what it holds now).
   *
   * @param currentVersion the record's version now; null when it no longer exists
   */
  public static StaleWriteException of(Integer currentVersion, String key, Object... args) {
    return new StaleWriteException(currentVersion, key, args);
  }

  /**
   * Whether a record now at {@code current} (null: there is none) is no longer what the writer read
   * at {@code expected} (null: the writer does not say; {@link Versioned#ABSENT}: there was none).
   */
  public static boolean isStale(Integer expected, Integer current) {
    if (expected == null) {
      return false;
    }
    if (expected == Versioned.ABSENT) {
      return current != null;
    }
    return !expected.equals(current);
  }

  /** The record's version now; null when it no longer exists. */
  public Integer getCurrentVersion() {
    return currentVersion;
  }
}
