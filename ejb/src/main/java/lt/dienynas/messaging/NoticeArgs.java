package lt.dienynas.messaging;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A notice's arguments as one stored text: each argument becomes text when the notice is written
 * (dates as {@code 2030-12-31}, times as {@code 18:00}), so that it renders the same in every
 * language later.
 */
final class NoticeArgs {
  private static final String SEPARATOR = "\u001F";

  private NoticeArgs() {}

  static String encode(Object... args) {
    return String.join(SEPARATOR, Arrays.stream(args).map(NoticeArgs::text).toList());
  }

  static Object[] decode(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return new Object[0];
    }
    List<Object> args = new ArrayList<>(Arrays.asList(encoded.split(SEPARATOR, -1)));
    return args.toArray();
  }

  private static String text(Object arg) {
    String text;
    if (arg == null) {
      text = "";
    } else if (arg instanceof LocalDate date) {
      text = date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    } else if (arg instanceof LocalTime time) {
      text = time.format(DateTimeFormatter.ofPattern("HH:mm"));
    } else {
      text = arg.toString();
    }
    return text.replace(SEPARATOR, " ");
  }
}
