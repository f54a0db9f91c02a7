package lt.dienynas.diary;

import java.io.Serializable;

/** A subject to choose in the diary. */
public record SubjectOption(long id, String name) implements Serializable {}
