package lt.dienynas.reporting.management;

import java.io.Serial;
import java.io.Serializable;

/** One class in the attendance report: lessons missed, of them justified and not, and late. */
public record AttendanceRow(
    long classId, String className, long absent, long justified, long unjustified, long late)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
