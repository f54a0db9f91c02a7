package lt.dienynas.assessment;

import java.io.Serializable;

/** A student without a period grade in a subject taught to their group, with its teacher. */
public record MissingPeriodGrade(
    long groupId,
    String groupName,
    long subjectId,
    String subjectName,
    long studentId,
    String studentName,
    String teacherName)
    implements Serializable {

  /**
   * A row of {@code SELECT g.id, g.name, sub.id, sub.name, p.id, <student's name>, <teacher's
   * name>} ({@link PeriodGradeService#missing}).
   */
  static MissingPeriodGrade of(Object row) {
    Object[] r = (Object[]) row;
    return new MissingPeriodGrade(
        ((Number) r[0]).longValue(),
        (String) r[1],
        ((Number) r[2]).longValue(),
        (String) r[3],
        ((Number) r[4]).longValue(),
        (String) r[5],
        (String) r[6]);
  }
}
