package lt.dienynas.preschool;

/** A person's name as the pre-school queries read it. */
public record PersonName(long id, String firstName, String lastName) {
  public String fullName() {
    return firstName + " " + lastName;
  }
}
