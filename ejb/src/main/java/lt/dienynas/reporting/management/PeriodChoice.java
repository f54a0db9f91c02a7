package lt.dienynas.reporting.management;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.school.PeriodKind;

/** A period of the current school year to report on. */
public record PeriodChoice(PeriodKind kind, LocalDate from, LocalDate to) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
