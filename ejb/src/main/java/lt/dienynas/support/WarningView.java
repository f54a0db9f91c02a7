package lt.dienynas.support;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** An early warning of a student: when it crossed, with which figures, and when it cleared. */
public record WarningView(
    EarlyWarningKind kind, LocalDate crossedOn, String figure, LocalDate clearedOn)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
