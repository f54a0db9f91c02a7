package lt.dienynas.oversight;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The filling dashboard of a period (§19.1, §19.5, §19.13; §20 for the non-formal groups): the
 * totals, and the same per teacher and per class (per non-formal group in the organiser's scope).
 * Counts are in the order of {@link FillingFigure#values()}.
 */
public record FillingDashboard(
    long yearId,
    LocalDate from,
    LocalDate to,
    FillingScope scope,
    FillingCounts totals,
    List<FillingCounts> byTeacher,
    List<FillingCounts> byUnit)
    implements Serializable {
  public FillingDashboard {
    byTeacher = List.copyOf(byTeacher);
    byUnit = List.copyOf(byUnit);
  }
}
