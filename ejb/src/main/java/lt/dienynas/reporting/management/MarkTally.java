package lt.dienynas.reporting.management;

import lt.dienynas.assessment.MarkScale;

/** How many marks of one value the students of a class got in one subject. */
public record MarkTally(
    long classId, long subjectId, String subjectName, MarkScale scale, String value, long count) {}
