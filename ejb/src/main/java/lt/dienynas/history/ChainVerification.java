package lt.dienynas.history;

import java.io.Serializable;
import java.util.List;

/**
 * The result of checking the history chain: how many entries were checked and, when something was
 * changed, the first entry that no longer fits, and the month locks whose recorded chain head (last
 * entry and its MAC at the time of the lock) the chain no longer holds.
 */
public record ChainVerification(
    boolean intact, long checkedEntries, Long firstBadEntryId, List<String> brokenMonthLocks)
    implements Serializable {

  public ChainVerification {
    brokenMonthLocks = List.copyOf(brokenMonthLocks);
  }

  static ChainVerification intact(long checked) {
    return new ChainVerification(true, checked, null, List.of());
  }

  static ChainVerification brokenAt(Long entryId, long checkedBefore, List<String> brokenLocks) {
    return new ChainVerification(false, checkedBefore, entryId, brokenLocks);
  }
}
