package lt.dienynas.shared;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * Remembers a value for the rest of the current JTA transaction, so that a check several services
 * make on one request (who calls, may they write this lesson) reads the database once per
 * transaction, not once per call. Outside a transaction nothing is remembered. Only facts that the
 * transaction itself does not change belong here.
 */
public final class TransactionMemo {
  private TransactionMemo() {}

  /** A key: the kind of fact and what it is about. */
  public record Key(String kind, Object... of) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && kind.equals(k.kind) && java.util.Arrays.equals(of, k.of);
    }

    @Override
    public int hashCode() {
      return 31 * kind.hashCode() + java.util.Arrays.hashCode(of);
    }

    @Override
    public String toString() {
      return kind + java.util.Arrays.toString(of);
    }
  }

  /** The value remembered under {@code key} in this transaction, else {@code compute}'s. */
  @SuppressWarnings("unchecked")
  public static <T> T get(
      TransactionSynchronizationRegistry registry, Key key, Supplier<T> compute) {
    if (registry.getTransactionKey() == null) {
      return compute.get();
    }
    Object known = registry.getResource(key);
    if (known != null) {
      return (T) known;
    }
    T value = compute.get();
    if (value != null) {
      registry.putResource(key, value);
    }
    return value;
  }

  /** Remembers a value for the rest of the transaction (nothing outside one). */
  public static void put(TransactionSynchronizationRegistry registry, Key key, Object value) {
    if (registry.getTransactionKey() != null) {
      registry.putResource(key, value);
    }
  }

  /** The value remembered under {@code key}, or null. */
  public static Object peek(TransactionSynchronizationRegistry registry, Key key) {
    return registry.getTransactionKey() == null ? null : registry.getResource(key);
  }
}
