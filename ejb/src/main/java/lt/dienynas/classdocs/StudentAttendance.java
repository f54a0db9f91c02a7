package lt.dienynas.classdocs;

import java.io.Serial;
import java.io.Serializable;

/**
 * One student's line of the class attendance report (§21.8): lessons missed with and without a
 * justification, and times late.
 */
public record StudentAttendance(
    long studentId, String name, int justified, int unjustified, int late) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** Lessons missed, justified or not. */
  public int absent() {
    return justified + unjustified;
  }
}
