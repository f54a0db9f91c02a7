package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalDate;

/** A recorded achievement step of a child. */
public record StepView(
    long studentId,
    Competency competency,
    int step,
    String comment,
    LocalDate assessedOn,
    int version)
    implements Serializable {}
