package lt.dienynas.classdocs;

import java.io.Serializable;

/** A person on a printed list (a sign sheet's student, a recorder's name). */
public record RosterLine(long personId, String firstName, String lastName) implements Serializable {
  public String fullName() {
    return firstName + " " + lastName;
  }
}
