package lt.dienynas.preschool;

import java.io.Serializable;
import java.util.List;

/** The group report for the management (§22.15): the steps' distribution per competency. */
public record GroupDistribution(
    long groupId,
    String groupName,
    String yearName,
    AssessmentRound round,
    int children,
    List<StepDistribution> competencies)
    implements Serializable {}
