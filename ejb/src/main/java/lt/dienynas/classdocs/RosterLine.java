package lt.dienynas.classdocs;

/** A person on a printed list (a sign sheet's student, a recorder's name). */
public record RosterLine(long personId, String firstName, String lastName) {
  public String fullName() {
    return firstName + " " + lastName;
  }
}
