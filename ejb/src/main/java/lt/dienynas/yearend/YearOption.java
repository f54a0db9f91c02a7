package lt.dienynas.yearend;

import java.io.Serializable;

/** A school year to choose on the year-end pages. */
public record YearOption(long id, String name) implements Serializable {}
