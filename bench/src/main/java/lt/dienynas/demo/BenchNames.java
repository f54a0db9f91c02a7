package lt.dienynas.demo;

import java.util.Random;

/**
 * The demo school's Lithuanian names for the benchmark's generator, which lives in another module:
 * a public door to the package-private {@link LithuanianNames}.
 */
public final class BenchNames {
  private BenchNames() {}

  public static String boy(Random random) {
    return LithuanianNames.pick(random, LithuanianNames.BOYS);
  }

  public static String girl(Random random) {
    return LithuanianNames.pick(random, LithuanianNames.GIRLS);
  }

  public static String man(Random random) {
    return LithuanianNames.pick(random, LithuanianNames.MEN);
  }

  public static String woman(Random random) {
    return LithuanianNames.pick(random, LithuanianNames.WOMEN);
  }

  /** A man's surname. */
  public static String surname(Random random) {
    return LithuanianNames.pick(random, LithuanianNames.SURNAMES);
  }

  public static String married(String surname) {
    return LithuanianNames.married(surname);
  }

  public static String unmarried(String surname) {
    return LithuanianNames.unmarried(surname);
  }

  public static String ascii(String text) {
    return LithuanianNames.ascii(text);
  }
}
