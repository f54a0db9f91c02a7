package lt.dienynas.diary;

import java.io.Serializable;

/** A child whose diary a guardian opens (or the student themselves). */
public record DiaryChild(long studentId, String firstName, String lastName, String className)
    implements Serializable {
  public String fullName() {
    return firstName + " " + lastName;
  }
}
