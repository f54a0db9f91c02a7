package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * A group's achievement steps at one assessment: every child of the group in the round's month, and
 * whether the round is open for writing on the day it was read.
 */
public record GroupAssessment(
    long groupId,
    String groupName,
    String yearName,
    AssessmentRound round,
    YearMonth month,
    boolean open,
    List<ChildSteps> children)
    implements Serializable {}
