package lt.dienynas.preschool;

import java.time.LocalDate;

/** One recorded step with its school year, as the progress queries read it. */
public record StepRow(
    long yearId,
    String yearName,
    LocalDate yearStart,
    AssessmentRound round,
    Competency competency,
    int step,
    String comment) {}
