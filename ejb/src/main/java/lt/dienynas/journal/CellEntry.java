package lt.dienynas.journal;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.shared.BusinessException;

/**
 * What one cell of the journal grid holds for a student in a lesson: attendance ("n" or "p") and a
 * mark, either or both, written the way a teacher types them: {@code "8"}, {@code "n"}, {@code "p
 * 9"}, {@code "įsk"}.
 */
public record CellEntry(AttendanceStatus attendance, MarkValue mark) implements Serializable {
  public static final CellEntry EMPTY = new CellEntry(null, null);

  /**
   * Reads a cell as typed; blank is an empty cell.
   *
   * @throws BusinessException {@code journal.cellInvalid} (the student's name and the text) when it
   *     is not attendance and at most one mark
   */
  public static CellEntry parse(String text, String studentName) {
    if (text == null || text.isBlank()) {
      return EMPTY;
    }
    AttendanceStatus attendance = null;
    MarkValue mark = null;
    for (String token : text.strip().split("[\\s,;]+")) {
      String key = token.toLowerCase(Locale.ROOT);
      if ((key.equals("n") || key.equals("p")) && attendance == null) {
        attendance = key.equals("n") ? AttendanceStatus.ABSENT : AttendanceStatus.LATE;
        continue;
      }
      if (mark != null) {
        throw new BusinessException("journal.cellInvalid", studentName, text.strip());
      }
      try {
        mark = MarkValue.parse(token);
      } catch (BusinessException e) {
        throw new BusinessException("journal.cellInvalid", studentName, text.strip());
      }
    }
    return new CellEntry(attendance, mark);
  }

  /** The cell as the grid shows it and a teacher would type it ("n 8", "įsk."). */
  public String notation() {
    StringBuilder text = new StringBuilder();
    if (attendance != null) {
      text.append(attendance.notation());
    }
    if (mark != null) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(mark.notation());
    }
    return text.toString();
  }

  public boolean isEmpty() {
    return attendance == null && mark == null;
  }

  /** Whether the mark part is the same value (ignoring its kind and comment). */
  boolean sameMark(MarkValue other) {
    return mark == null
        ? other == null
        : other != null
            && mark.scale() == other.scale()
            && Objects.equals(mark.value(), other.value());
  }
}
