package lt.dienynas.preschool;

/** A teacher assigned to a group, as the queries read them. */
public record GroupTeacher(long groupId, String firstName, String lastName) {
  public String fullName() {
    return firstName + " " + lastName;
  }
}
