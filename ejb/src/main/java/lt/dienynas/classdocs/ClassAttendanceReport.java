package lt.dienynas.classdocs;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * Klasės lankomumo ataskaita už mėnesį (§21.8): every student's missed lessons, justified and
 * unjustified, and lateness; the class's totals; the students who missed the most lessons.
 */
public record ClassAttendanceReport(
    long classId,
    String className,
    String month,
    List<StudentAttendance> students,
    int justified,
    int unjustified,
    int late,
    List<StudentAttendance> mostAbsent)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** How many of the most absent students the report names. */
  public static final int MOST_ABSENT = 3;

  public ClassAttendanceReport {
    students = List.copyOf(students);
    mostAbsent = List.copyOf(mostAbsent);
  }
}
