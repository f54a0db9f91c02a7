package lt.dienynas.reporting.management;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Marks of a class in a subject (or of the whole school in a subject, {@code className} empty): all
 * marks, the ten-point ones, their average and how many of them are below 4 (unsatisfactory).
 */
public record AchievementRow(
    String className,
    String subject,
    long marks,
    long tenPointMarks,
    BigDecimal average,
    long unsatisfactory)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
