package lt.dienynas.testing;

import java.util.function.BooleanSupplier;

/**
 * Notices are delivered after their transaction commits, on another thread: tests wait for them.
 */
public final class Delivered {
  private Delivered() {}

  public static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 15_000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("not delivered within 15 s");
      }
      Thread.sleep(100);
    }
  }
}
