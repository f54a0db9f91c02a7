package lt.dienynas.preschool;

/**
 * A person's name as the pre-school queries read it, with the id it belongs to: the person
 * themselves, or the group they teach.
 */
public record PersonName(long id, String firstName, String lastName) {
  public String fullName() {
    return firstName + " " + lastName;
  }
}
