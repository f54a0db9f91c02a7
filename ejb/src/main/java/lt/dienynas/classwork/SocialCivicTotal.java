package lt.dienynas.classwork;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A student's social-civic hours of the school year against the school's yearly norm.
 *
 * @param missing the hours still short of the norm (zero once it is met)
 */
public record SocialCivicTotal(
    long studentId,
    String firstName,
    String lastName,
    BigDecimal hours,
    int norm,
    BigDecimal missing,
    boolean met)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  static SocialCivicTotal of(
      long studentId, String firstName, String lastName, BigDecimal hours, int norm) {
    BigDecimal done = (hours == null ? BigDecimal.ZERO : hours).setScale(1);
    BigDecimal short_ = BigDecimal.valueOf(norm).setScale(1).subtract(done);
    boolean met = short_.signum() <= 0;
    return new SocialCivicTotal(
        studentId,
        firstName,
        lastName,
        done,
        norm,
        met ? BigDecimal.ZERO.setScale(1) : short_,
        met);
  }

  public String fullName() {
    return firstName + " " + lastName;
  }
}
