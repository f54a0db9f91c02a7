package lt.dienynas.yearend;

/** A school year to choose on the year-end pages. */
public record YearOption(long id, String name) {}
