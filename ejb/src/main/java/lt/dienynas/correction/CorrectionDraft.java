package lt.dienynas.correction;

import java.time.LocalDate;
import java.util.List;

/**
 * What the author writes in an act (Annex 1): the class or group, the subject (none for attendance
 * counts only), the date of the record, the nature of the error, the reason for the change, and the
 * fields to change.
 */
public record CorrectionDraft(
    long groupId,
    Long subjectId,
    LocalDate recordDate,
    String errorNature,
    String reason,
    List<CorrectionLine> lines) {

  public CorrectionDraft {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }
}
