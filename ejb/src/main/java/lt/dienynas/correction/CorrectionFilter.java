package lt.dienynas.correction;

import java.time.YearMonth;

/**
 * The deputy's review list filters (any may be null): status, class, the teacher whose record is
 * corrected, the month of the record.
 */
public record CorrectionFilter(
    CorrectionStatus status, Long classId, Long teacherId, YearMonth month) {
  public static CorrectionFilter all() {
    return new CorrectionFilter(null, null, null, null);
  }
}
