package lt.dienynas.preschool;

import java.io.Serializable;
import java.util.List;

/** A child's achievement steps over time: one row per competency, one column per assessment. */
public record ChildProgress(
    long studentId,
    String childName,
    List<AssessmentColumn> assessments,
    List<CompetencyProgress> competencies)
    implements Serializable {}
