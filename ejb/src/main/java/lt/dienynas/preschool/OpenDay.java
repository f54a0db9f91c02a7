package lt.dienynas.preschool;

import java.io.Serializable;
import java.time.LocalDate;

/** A working day of the group still not filled; {@code overdue} once its 9:30 has passed. */
public record OpenDay(LocalDate day, boolean overdue) implements Serializable {}
