package lt.dienynas.shared;

/**
 * One cell of a CSV the diary produces for a spreadsheet: quoted, and defused when it would start a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return first): a leading
 * apostrophe makes the spreadsheet show the text as typed instead of running {@code =HYPERLINK(…)}
 * (CSV injection). Numbers the diary itself writes are not passed through here.
 */
public final class CsvCell {
  private CsvCell() {}

  /** The text as a quoted, defused cell; null as an empty one. */
  public static String of(String text) {
    if (text == null) {
      return "\"\"";
    }
    return '"' + defused(text).replace("\"", "\"\"") + '"';
  }

  /** The text with an apostrophe before it when it would start a formula; not quoted. */
  public static String defused(String text) {
    return startsFormula(text) ? "'" + text : text;
  }

  static boolean startsFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
