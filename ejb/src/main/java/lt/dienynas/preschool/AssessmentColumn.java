package lt.dienynas.preschool;

import java.io.Serializable;

/** One assessment of a child's progress table: the school year and the round. */
public record AssessmentColumn(long yearId, String yearName, AssessmentRound round)
    implements Serializable {}
