package lt.dienynas.oversight;

import java.io.Serializable;
import java.time.LocalDate;

/** A school year to choose on the oversight pages, with its first and last day. */
public record OversightYear(long id, String name, LocalDate startDate, LocalDate endDate)
    implements Serializable {}
