package lt.dienynas.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/** Additional or summer work as lists show it; {@code result} null until it is entered. */
public record AdditionalWorkView(
    long id,
    long subjectId,
    String subjectName,
    AdditionalWorkKind kind,
    LocalDate dueDate,
    String result)
    implements Serializable {}
