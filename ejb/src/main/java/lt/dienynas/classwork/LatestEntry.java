package lt.dienynas.classwork;

import java.time.LocalDate;

/** A class's latest log entry's day, as one grouped query reads it. */
public record LatestEntry(long classId, LocalDate date) {}
