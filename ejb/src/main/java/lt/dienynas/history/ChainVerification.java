package lt.dienynas.history;

/**
 * The result of checking the history chain: how many entries were checked and, when something was
 * changed, the first entry that no longer fits.
 */
public record ChainVerification(boolean intact, long checkedEntries, Long firstBadEntryId) {

  static ChainVerification intact(long checked) {
    return new ChainVerification(true, checked, null);
  }

  static ChainVerification brokenAt(Long entryId, long checkedBefore) {
    return new ChainVerification(false, checkedBefore, entryId);
  }
}
