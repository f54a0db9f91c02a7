package lt.dienynas.yearend;

import java.util.Set;

/**
 * CDI event fired (synchronously, inside the act's transaction) when a correction act (§30.1) has
 * changed locked data: the year end re-opens every confirmed summary of the named classes and of
 * the classes of the named students in that school year.
 *
 * @param actId the correction act
 * @param yearId the school year whose data changed
 * @param studentIds students whose data changed (may be empty)
 * @param classIds classes whose data changed (may be empty)
 */
public record CorrectionApplied(long actId, long yearId, Set<Long> studentIds, Set<Long> classIds) {
  public CorrectionApplied {
    studentIds = Set.copyOf(studentIds);
    classIds = Set.copyOf(classIds);
  }
}
