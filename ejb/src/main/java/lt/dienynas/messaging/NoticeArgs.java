package lt.dienynas.messaging;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lt.dienynas.shared.Messages;

/**
 * A notice's arguments as one stored text: each argument becomes text when the notice is written
 * (dates as {@code 2030-12-31}, times as {@code 18:00}), so that it renders the same in every
 * language later.
 */
final class NoticeArgs {
  private static final String SEPARATOR = "\u001F";

  /**
   * Starts an argument that is lines of texts from the bundle, rendered in the reader's language.
   */
  private static final String LINES = "\u001E";

  private static final String LINE = "\u001D";

  private static final String LINE_ARG = "\u001C";

  /**
   * An argument made of lines, each a text of the domain bundle with its own plain arguments,
   * rendered in the reader's language and joined by line breaks ("Ona: pažymys 9").
   */
  record Lines(List<Line> lines) {
    Lines {
      lines = List.copyOf(lines);
    }
  }

  /** One line of {@link Lines}: a bundle key and its arguments. */
  record Line(String key, List<String> args) implements Serializable {
    Line {
      args = List.copyOf(args);
    }

    static Line of(String key, Object... args) {
      return new Line(key, Arrays.stream(args).map(NoticeArgs::plain).toList());
    }
  }

  private NoticeArgs() {}

  static String encode(Object... args) {
    return String.join(SEPARATOR, Arrays.stream(args).map(NoticeArgs::text).toList());
  }

  static Object[] decode(String encoded) {
    return decode(Messages.LITHUANIAN, encoded);
  }

  /** The arguments, lines rendered in this language. */
  static Object[] decode(Locale locale, String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return new Object[0];
    }
    List<Object> args = new ArrayList<>();
    for (String arg : encoded.split(SEPARATOR, -1)) {
      args.add(arg.startsWith(LINES) ? render(locale, arg.substring(LINES.length())) : arg);
    }
    return args.toArray();
  }

  private static String render(Locale locale, String lines) {
    List<String> rendered = new ArrayList<>();
    for (String line : lines.split(LINE, -1)) {
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split(LINE_ARG, -1);
      rendered.add(
          Messages.format(locale, parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length)));
    }
    return String.join("\n", rendered);
  }

  private static String text(Object arg) {
    if (arg instanceof Lines lines) {
      return LINES
          + String.join(
              LINE,
              lines.lines().stream()
                  .map(
                      l ->
                          String.join(
                              LINE_ARG,
                              java.util.stream.Stream.concat(
                                      java.util.stream.Stream.of(l.key()), l.args().stream())
                                  .toList()))
                  .toList());
    }
    return plain(arg);
  }

  private static String plain(Object arg) {
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
    return text.replace(SEPARATOR, " ")
        .replace(LINES, " ")
        .replace(LINE, " ")
        .replace(LINE_ARG, " ");
  }
}
