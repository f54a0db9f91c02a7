package lt.dienynas.classdocs;

import java.io.Serial;
import java.io.Serializable;

/** A student of a class the class teacher leads, for choosing on a page. */
public record ClassStudent(
    long studentId, String firstName, String lastName, long classId, String className)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public String label() {
    return lastName + " " + firstName + " (" + className + ")";
  }
}
