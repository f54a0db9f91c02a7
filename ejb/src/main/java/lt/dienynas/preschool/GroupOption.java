package lt.dienynas.preschool;

/** A pre-school or pre-primary group to choose. */
public record GroupOption(long id, String name) {}
