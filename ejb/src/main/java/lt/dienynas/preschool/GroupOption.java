package lt.dienynas.preschool;

import java.io.Serializable;

/** A pre-school or pre-primary group to choose. */
public record GroupOption(long id, String name) implements Serializable {}
