package lt.dienynas.preschool;

/**
 * A person's name as a query reads it, with what it belongs to: the person themselves, or the group
 * they teach.
 */
public record PersonName(long ownerId, String firstName, String lastName) {
  String fullName() {
    return firstName + " " + lastName;
  }
}
