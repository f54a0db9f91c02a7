package lt.dienynas.journal;

import java.io.Serializable;

/** A class whose work a person sees: its class group (the class journal) and its name. */
public record ClassLink(long classId, String className, Long classGroupId)
    implements Serializable {}
