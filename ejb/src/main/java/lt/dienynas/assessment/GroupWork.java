package lt.dienynas.assessment;

import java.io.Serializable;
import java.util.List;

/**
 * A subject teacher's additional and summer work of a group in a subject (§23.12): the group's
 * students (to assign work to) and the work assigned, each with the version it was loaded at.
 */
public record GroupWork(
    long groupId,
    String groupName,
    long subjectId,
    String subjectName,
    long schoolYearId,
    List<Student> students,
    List<Work> works)
    implements Serializable {

  public record Student(long id, String name) implements Serializable {}

  /** One assignment; {@code result} null until entered. */
  public record Work(
      long id,
      long studentId,
      String studentName,
      AdditionalWorkKind kind,
      java.time.LocalDate dueDate,
      String task,
      String result,
      boolean locked,
      int version)
      implements Serializable {}
}
