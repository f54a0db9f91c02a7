package lt.dienynas.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Prisijungimo vardai: a login made from a person's name — {@code vardas.pavarde} in plain Latin
 * letters (a child types it on any keyboard), cut to a length the account accepts.
 */
public final class LoginNames {
  private static final int MAX_BASE = 40;

  private LoginNames() {}

  /** "Žydrūnė Šėmaitytė-Ąžuolienė" → {@code zydrune.semaityte-azuoliene}. */
  public static String base(String firstName, String lastName) {
    String first = plain(firstName.strip().split("\\s+")[0]);
    String last = plain(lastName.strip());
    String base = (first + "." + last).replaceAll("[^a-z0-9.-]", "");
    if (base.length() > MAX_BASE) {
      base = base.substring(0, MAX_BASE);
    }
    return base.length() < 3 ? "naudotojas" : base;
  }

  /** The n-th alternative when the base is taken: base, base2, base3, … */
  public static String numbered(String base, int n) {
    return n <= 1 ? base : base + n;
  }

  private static String plain(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", "-");
  }
}
