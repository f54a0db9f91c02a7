package lt.dienynas.oversight;

import java.io.Serializable;

/** A class of the school year, to choose for a monthly check. */
public record OversightClass(long id, String name) implements Serializable {}
