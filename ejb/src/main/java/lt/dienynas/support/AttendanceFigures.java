package lt.dienynas.support;

import java.io.Serial;
import java.io.Serializable;

/**
 * A student's attendance over a span: lessons missed, how many of them are not justified, and
 * lessons late to.
 */
public record AttendanceFigures(long studentId, long absent, long unjustified, long late)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public static AttendanceFigures none(long studentId) {
    return new AttendanceFigures(studentId, 0, 0, 0);
  }

  public long justified() {
    return absent - unjustified;
  }
}
