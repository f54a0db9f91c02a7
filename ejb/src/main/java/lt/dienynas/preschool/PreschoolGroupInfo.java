package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalDate;

/** A pre-school or pre-primary group with its school year, for choosing and for headings. */
public record PreschoolGroupInfo(
    long groupId,
    String name,
    long yearId,
    String yearName,
    LocalDate yearStart,
    LocalDate yearEnd,
    Long classId)
    implements Serializable {}
