package lt.dienynas.history;

import java.io.Serializable;

/**
 * The head of the history chain at one moment: the last entry's id and MAC (null id: no entry yet).
 * Month locks and archive manifests record it, so that a rewritten and re-chained history no longer
 * holds what they recorded.
 */
public record ChainHead(Long lastEntryId, String mac) implements Serializable {}
