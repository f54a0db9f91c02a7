package lt.dienynas.journal;

/**
 * A record as read together with its version (optimistic locking across requests): a later write
 * states the version it read, and a change made meanwhile by someone else refuses it.
 *
 * @param <T> what was read
 */
public record Versioned<T>(T value, int version) {
  /** The version a writer states when it read that there was no record yet. */
  public static final int ABSENT = -1;
}
