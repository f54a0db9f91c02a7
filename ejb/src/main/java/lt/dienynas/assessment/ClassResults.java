package lt.dienynas.assessment;

import java.io.Serializable;
import java.util.List;

/** A class's period results of a school year, a row per student (by surname). */
public record ClassResults(
    long classId, String className, long yearId, List<StudentResults> students)
    implements Serializable {}
