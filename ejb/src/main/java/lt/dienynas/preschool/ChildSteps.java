package lt.dienynas.preschool;

import java.io.Serializable;
import java.util.List;

/** One child's steps of an assessment, in the competencies' order (absent ones left out). */
public record ChildSteps(long studentId, String firstName, String lastName, List<StepView> steps)
    implements Serializable {
  /** The step recorded in the competency, or null. */
  public StepView of(Competency competency) {
    return steps.stream().filter(s -> s.competency() == competency).findFirst().orElse(null);
  }

  public String fullName() {
    return firstName + " " + lastName;
  }
}
