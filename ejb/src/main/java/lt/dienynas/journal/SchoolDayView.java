package lt.dienynas.journal;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A marked school day as the grid, the diary and the deputy's list show it.
 *
 * @param classId the class, or null for the whole school
 */
public record SchoolDayView(
    long id,
    LocalDate day,
    Long classId,
    String className,
    SchoolDayKind kind,
    NotHeldReason reason,
    String note,
    int version)
    implements Serializable {

  public boolean isWholeSchool() {
    return classId == null;
  }

  public boolean isRemote() {
    return kind == SchoolDayKind.REMOTE;
  }
}
