package lt.dienynas.classwork;

import java.math.BigDecimal;

/** A student of a class, or a student's hours of the year, as one query reads them. */
public record StudentHours(long studentId, String firstName, String lastName, BigDecimal hours) {

  /** A student of the class. */
  public StudentHours(long studentId, String firstName, String lastName) {
    this(studentId, firstName, lastName, null);
  }

  /** A student's hours. */
  public StudentHours(long studentId, BigDecimal hours) {
    this(studentId, null, null, hours);
  }
}
