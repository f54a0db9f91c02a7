package lt.dienynas.web.preschool;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.dienynas.preschool.ChildMark;
import lt.dienynas.preschool.PresenceStatus;

/**
 * What the teacher types in a child's cell of the morning page, a few keys a child: nothing (or
 * „a“) for present, „n“ for absent, the time the child came (9:05, 905, or „p 9:05“) for late.
 */
final class MarkEntry {
  private static final Pattern LATE = Pattern.compile("^(?:p\\s*)?(\\d{1,2})[:.]?(\\d{2})$");

  private MarkEntry() {}

  /** The mark typed for the child; empty when the text is none of the forms above. */
  static Optional<ChildMark> parse(long studentId, String typed) {
    String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty() || text.equals("a")) {
      return Optional.of(new ChildMark(studentId, PresenceStatus.PRESENT, null));
    }
    if (text.equals("n")) {
      return Optional.of(new ChildMark(studentId, PresenceStatus.ABSENT, null));
    }
    Matcher late = LATE.matcher(text);
    if (late.matches()) {
      int hour = Integer.parseInt(late.group(1));
      int minute = Integer.parseInt(late.group(2));
      if (hour < 24 && minute < 60) {
        return Optional.of(
            new ChildMark(studentId, PresenceStatus.LATE, LocalTime.of(hour, minute)));
      }
    }
    return Optional.empty();
  }

  /** The cell's text for a mark as saved: the inverse of {@link #parse}. */
  static String shown(PresenceStatus status, LocalTime arrivedAt) {
    if (status == null || status == PresenceStatus.PRESENT) {
      return "";
    }
    if (status == PresenceStatus.ABSENT) {
      return "n";
    }
    return arrivedAt == null
        ? "p"
        : String.format(Locale.ROOT, "%d:%02d", arrivedAt.getHour(), arrivedAt.getMinute());
  }
}
