package lt.dienynas.oversight;

import java.io.Serializable;
import java.util.List;

/**
 * How a teacher marks a subject over a period (§19.6): how many of each ten-point mark (1–10), of
 * each achievement level (from the lowest), passed / failed, descriptive and exempt, of each
 * assessment kind (in the order of {@code AssessmentKind}), their average on the ten-point scale,
 * and how many were given on a scale the school's agreed rules ({@code AssessmentRules}) do not
 * allow for the class's grade and the subject.
 */
public record MarkingPractice(
    long teacherId,
    String teacherName,
    long subjectId,
    String subjectName,
    List<Integer> tenPoint,
    List<Integer> levels,
    int passed,
    int failed,
    int descriptive,
    int exempt,
    List<Integer> kinds,
    int total,
    int outsideRules,
    Double average)
    implements Serializable {
  public MarkingPractice {
    tenPoint = List.copyOf(tenPoint);
    levels = List.copyOf(levels);
    kinds = List.copyOf(kinds);
  }
}
