package lt.dienynas.support;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A supported student's month: attendance and the ten-point marks' average. */
public record MonthFigures(
    YearMonth month, long absent, long unjustified, long late, int marks, BigDecimal average)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
