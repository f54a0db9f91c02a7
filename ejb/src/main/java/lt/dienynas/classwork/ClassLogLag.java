package lt.dienynas.classwork;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A class whose log is behind (§21.9: the class teacher writes it once a week): no entry dated in
 * the last {@link ClassLogService#WEEK} days up to today.
 *
 * @param lastEntry the latest entry's day; null when the class has none
 */
public record ClassLogLag(
    long classId,
    String className,
    String classTeacherFirstName,
    String classTeacherLastName,
    LocalDate lastEntry)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** A class as its query reads it, before its latest entry is known. */
  public ClassLogLag(
      long classId, String className, String classTeacherFirstName, String classTeacherLastName) {
    this(classId, className, classTeacherFirstName, classTeacherLastName, null);
  }

  /** The same class with its latest entry's day. */
  ClassLogLag withLastEntry(LocalDate day) {
    return new ClassLogLag(classId, className, classTeacherFirstName, classTeacherLastName, day);
  }

  /** The class teacher's name; empty for a class without one. */
  public String classTeacherName() {
    return classTeacherFirstName == null ? "" : classTeacherFirstName + " " + classTeacherLastName;
  }
}
