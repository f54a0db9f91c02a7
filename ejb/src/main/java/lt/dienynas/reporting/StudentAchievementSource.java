package lt.dienynas.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the journal knows of a student's achievements for the pasiekimų pažyma (§29.2): marks,
 * period grades, attendance. A feature that keeps such records (the journal, assessment) provides a
 * CDI bean implementing this; the certificate prints the sections of every bean found, in the order
 * of {@link #order()}.
 */
public interface StudentAchievementSource {

  /** The sections for the student's records dated {@code from}–{@code to} (both inclusive). */
  List<ReportSection> achievements(long studentId, LocalDate from, LocalDate to, Locale locale);

  /** Lower prints first. */
  default int order() {
    return 100;
  }
}
