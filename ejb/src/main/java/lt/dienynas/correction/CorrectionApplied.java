package lt.dienynas.correction;

import java.util.Set;

/**
 * Fired (CDI, synchronously) inside the transaction that applies a correction act, after the data
 * changed: a feature that has confirmed something from that data — the year-end summary of the
 * school year — observes it ({@code @Observes CorrectionApplied}) to re-open what it confirmed. An
 * observer's exception rolls the act back.
 *
 * @param actId the applied act
 * @param yearId the school year whose data changed
 * @param studentIds the students whose data changed
 * @param classIds the classes of the act's group (empty for a group of no class)
 */
public record CorrectionApplied(long actId, long yearId, Set<Long> studentIds, Set<Long> classIds) {
  public CorrectionApplied {
    studentIds = Set.copyOf(studentIds);
    classIds = Set.copyOf(classIds);
  }
}
