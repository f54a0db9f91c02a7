package lt.dienynas.diary;

import java.io.Serializable;
import java.time.LocalDate;

/** Missed and late lessons of a student over a period, justified and not. */
public record AttendanceTotals(
    LocalDate from, LocalDate to, int absent, int absentJustified, int late, int lateJustified)
    implements Serializable {

  public int absentUnjustified() {
    return absent - absentJustified;
  }

  public int lateUnjustified() {
    return late - lateJustified;
  }
}
