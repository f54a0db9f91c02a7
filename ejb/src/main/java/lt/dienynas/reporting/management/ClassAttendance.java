package lt.dienynas.reporting.management;

import java.io.Serial;
import java.io.Serializable;

/** A class's lessons missed (justified, unjustified) and late over a span. */
public record ClassAttendance(long classId, long absent, long unjustified, long late)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public long justified() {
    return absent - unjustified;
  }
}
