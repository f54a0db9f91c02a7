package lt.dienynas.registry;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lt.dienynas.shared.BusinessException;

/**
 * A registry export as a CSV text: a header line naming the columns (any order, case and
 * surrounding spaces ignored), then one record per line. Fields are separated by ";" (the separator
 * of a Lithuanian spreadsheet) or "," — whichever the header uses — and may be quoted with double
 * quotes. Blank lines are skipped; line numbers count every line of the file, the header being line
 * 1, so the report points at the line a person sees in an editor.
 */
public final class RegistryFile {
  public static final String PERSONAL_CODE = "Asmens kodas";
  public static final String FIRST_NAME = "Vardas";
  public static final String LAST_NAME = "Pavardė";
  public static final String BIRTH_DATE = "Gimimo data";
  public static final String CLASS = "Klasė";
  public static final String START_DATE = "Mokymosi pradžia";
  public static final String EMAIL = "El. paštas";
  public static final String POSITIONS = "Pareigos";
  public static final String GUARDIAN_FIRST_NAME = "Tėvų vardas";
  public static final String GUARDIAN_LAST_NAME = "Tėvų pavardė";
  public static final String GUARDIAN_EMAIL = "Tėvų el. paštas";
  public static final String GUARDIAN2_FIRST_NAME = "Tėvų 2 vardas";
  public static final String GUARDIAN2_LAST_NAME = "Tėvų 2 pavardė";
  public static final String GUARDIAN2_EMAIL = "Tėvų 2 el. paštas";

  /** A file larger than this is refused (a school's export is a few hundred lines). */
  public static final int MAX_CHARS = 4_000_000;

  private final RegistryKind kind;
  private final char separator;
  private final Map<String, Integer> columns;
  private final List<Line> lines;

  /** One data line: its number in the file and its fields by column name. */
  public record Line(int number, Map<String, String> fields, int fieldCount)
      implements Serializable {
    public String get(String column) {
      return Optional.ofNullable(fields.get(column)).map(String::strip).orElse("");
    }
  }

  private RegistryFile(
      RegistryKind kind, char separator, Map<String, Integer> columns, List<Line> lines) {
    this.kind = kind;
    this.separator = separator;
    this.columns = columns;
    this.lines = lines;
  }

  /**
   * Reads the file; a malformed file as a whole (empty, too large, a required column missing) is
   * refused, a malformed line is not: it is reported by the import.
   *
   * @throws BusinessException {@code registry.empty}, {@code registry.tooLarge} or {@code
   *     registry.header}
   */
  public static RegistryFile parse(RegistryKind kind, String content) {
    if (content == null || content.isBlank()) {
      throw new BusinessException("registry.empty");
    }
    if (content.length() > MAX_CHARS) {
      throw new BusinessException("registry.tooLarge", MAX_CHARS);
    }
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String[] raw = text.split("\r\n|\n|\r", -1);
    String header = raw[0];
    char separator = header.indexOf(';') >= 0 ? ';' : ',';
    List<String> names = split(header, separator);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      columns.put(normalize(names.get(i)), i);
    }
    List<String> missing =
        kind.requiredColumns().stream().filter(c -> !columns.containsKey(normalize(c))).toList();
    if (!missing.isEmpty()) {
      throw new BusinessException("registry.header", String.join(", ", missing));
    }
    List<String> known = new ArrayList<>(kind.requiredColumns());
    known.addAll(kind.optionalColumns());
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i < raw.length; i++) {
      if (raw[i].isBlank()) {
        continue;
      }
      List<String> values = split(raw[i], separator);
      Map<String, String> fields = new HashMap<>();
      for (String column : known) {
        Integer index = columns.get(normalize(column));
        if (index != null && index < values.size()) {
          fields.put(column, values.get(index));
        }
      }
      lines.add(new Line(i + 1, fields, values.size()));
    }
    return new RegistryFile(kind, separator, columns, lines);
  }

  public RegistryKind kind() {
    return kind;
  }

  public char separator() {
    return separator;
  }

  /** How many fields a data line must have: as many as the header names. */
  public int columnCount() {
    return columns.size();
  }

  public List<Line> lines() {
    return lines;
  }

  private static String normalize(String column) {
    return column.strip().toLowerCase(Locale.forLanguageTag("lt"));
  }

  /** Splits one line at the separator, honouring double quotes ("" inside quotes is a quote). */
  static List<String> split(String line, char separator) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
