package lt.dienynas.web.api;

import java.util.List;

/**
 * An error as the API returns it: a machine-readable key (the message-bundle key of the rule that
 * refused), the arguments, and the message in Lithuanian and English; for a stale lesson save also
 * what someone else changed meanwhile ({@code conflicts}, otherwise left out).
 */
public record ApiError(
    String error, List<String> args, String message, String messageEn, List<Conflict> conflicts) {

  public ApiError(String error, List<String> args, String message, String messageEn) {
    this(error, args, message, messageEn, null);
  }

  /**
   * One field ({@code topic}, {@code homework}, …) or student's cell ({@code cell} with {@code
   * studentId}) changed meanwhile: by whom (null when the history does not say) and what it holds
   * now.
   */
  public record Conflict(String field, Long studentId, String changedBy, String current) {}
}
