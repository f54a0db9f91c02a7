package lt.dienynas.classwork;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One student's hours of one activity, as the lists show them. */
public record SocialCivicEntryView(
    long id,
    long studentId,
    String studentFirstName,
    String studentLastName,
    LocalDate date,
    String activity,
    BigDecimal hours,
    String confirmedBy,
    String recordedByFirstName,
    String recordedByLastName,
    int version)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public String studentName() {
    return studentFirstName + " " + studentLastName;
  }

  public String recordedByName() {
    return recordedByFirstName + " " + recordedByLastName;
  }
}
