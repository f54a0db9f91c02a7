package lt.dienynas.web.faces;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lt.dienynas.security.LoginEvents;

/**
 * HTTP Basic logins of API clients (issue 23). Every API call logs in again, so recording each one
 * would bury the login events (§18.10) under one "successful login" per call: a login name's Basic
 * success is recorded once per {@link LoginEvents#WINDOW} on this server, and again at once after a
 * refused attempt with that name (so that a success still closes a run of failures).
 */
public final class ApiLogins {
  private static final long INTERVAL_NANOS = LoginEvents.WINDOW.toNanos();

  /** Login name → {@link System#nanoTime()} of its last recorded Basic success. */
  private static final Map<String, Long> RECORDED = new ConcurrentHashMap<>();

  /** Bounded by the number of accounts in practice; cleared wholesale if ever that large. */
  private static final int MAX_ENTRIES = 20_000;

  private ApiLogins() {}

  /** Whether this Basic success of {@code login} is to be recorded now (and notes that it is). */
  public static boolean shouldRecord(String login) {
    long now = System.nanoTime();
    if (RECORDED.size() > MAX_ENTRIES) {
      RECORDED.clear();
    }
    boolean[] record = {false};
    RECORDED.compute(
        login,
        (key, last) -> {
          if (last == null || now - last >= INTERVAL_NANOS) {
            record[0] = true;
            return now;
          }
          return last;
        });
    return record[0];
  }

  /** A refused attempt: the next success of this name is recorded again. */
  public static void forget(String login) {
    RECORDED.remove(login);
  }

  /** The login name of the request's HTTP Basic credentials, or null without any. */
  public static String basicLogin(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? decoded : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
