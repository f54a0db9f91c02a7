package lt.dienynas.journal;

/**
 * A record as read together with its version (optimistic locking across requests): a later write
 * states the version it read, and a change made meanwhile by someone else refuses it.
 *
 * @param <T> what was read
 */
public record Versioned<T>(T value, int version) {}
