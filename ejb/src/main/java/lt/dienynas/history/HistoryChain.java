package lt.dienynas.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies the history chain of one database over JDBC, page by page (the diary's own database or a
 * restored copy): every entry's MAC under the history key, every link to its predecessor, the head
 * row, and every month lock's recorded head (its entry must still carry the recorded MAC).
 */
public final class HistoryChain {
  private static final int PAGE = 1_000;

  private HistoryChain() {}

  private record Anchor(String lock, String mac) {}

  public static ChainVerification verify(Connection db, HistoryMac mac) throws SQLException {
    Map<Long, List<Anchor>> anchors = monthLockAnchors(db);
    List<String> brokenLocks = new ArrayList<>();
    String expectedPrev = HistoryEntry.GENESIS;
    long after = 0;
    long checked = 0;
    Long firstBad = null;
    try (PreparedStatement page =
        db.prepareStatement(
            "SELECT id, occurred_at, actor_login, actor_person_id, source, entity_type, entity_id,"
                + " action, before_value, after_value, correction_act_id, prev_hash, hash"
                + " FROM history_entry WHERE id > ? ORDER BY id LIMIT "
                + PAGE)) {
      int rows;
      do {
        page.setLong(1, after);
        rows = 0;
        try (ResultSet r = page.executeQuery()) {
          while (r.next()) {
            rows++;
            long id = r.getLong(1);
            String stored = r.getString(13);
            if (firstBad == null && !fits(r, expectedPrev, stored, mac)) {
              firstBad = id;
            }
            // past a break, the walk goes on only to name the month locks that no longer hold
            for (Anchor anchor : anchors.getOrDefault(id, List.of())) {
              if (!anchor.mac().equals(stored)) {
                brokenLocks.add(anchor.lock());
              }
            }
            anchors.remove(id);
            expectedPrev = stored;
            after = id;
            if (firstBad == null) {
              checked++;
            }
          }
        }
      } while (rows == PAGE);
    }
    // a lock that names an entry the chain no longer has (a cut-off tail)
    anchors.values().forEach(list -> list.forEach(a -> brokenLocks.add(a.lock())));
    if (firstBad != null) {
      return ChainVerification.brokenAt(firstBad, checked, brokenLocks);
    }
    boolean headMatches;
    try (PreparedStatement head =
            db.prepareStatement("SELECT last_id, last_hash FROM history_head WHERE id = 1");
        ResultSet r = head.executeQuery()) {
      if (!r.next()) {
        headMatches = false;
      } else {
        Long lastId = nullableLong(r, 1);
        headMatches =
            expectedPrev.equals(r.getString(2))
                && (checked == 0 ? lastId == null : lastId != null && lastId == after);
      }
    }
    if (!headMatches) {
      return ChainVerification.brokenAt(checked == 0 ? null : after, checked, brokenLocks);
    }
    if (!brokenLocks.isEmpty()) {
      return ChainVerification.brokenAt(null, checked, brokenLocks);
    }
    return ChainVerification.intact(checked);
  }

  /** Whether the entry in the row names this predecessor and carries the MAC of its content. */
  private static boolean fits(ResultSet r, String expectedPrev, String stored, HistoryMac mac)
      throws SQLException {
    String prev = r.getString(12);
    if (!expectedPrev.equals(prev)) {
      return false;
    }
    String computed =
        mac.mac(
            HistoryEntry.canonical(
                prev,
                r.getTimestamp(2).toLocalDateTime(),
                r.getString(3),
                nullableLong(r, 4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                r.getString(10),
                nullableLong(r, 11)));
    return computed.equals(stored);
  }

  /** Whether the chain still has the entry with the MAC a month lock or archive recorded. */
  public static boolean holds(Connection db, ChainHead head) throws SQLException {
    if (head.lastEntryId() == null) {
      return true;
    }
    try (PreparedStatement entry =
        db.prepareStatement("SELECT hash FROM history_entry WHERE id = ?")) {
      entry.setLong(1, head.lastEntryId());
      try (ResultSet r = entry.executeQuery()) {
        return r.next() && r.getString(1).equals(head.mac());
      }
    }
  }

  private static Map<Long, List<Anchor>> monthLockAnchors(Connection db) throws SQLException {
    Map<Long, List<Anchor>> anchors = new HashMap<>();
    try (PreparedStatement locks =
            db.prepareStatement(
                "SELECT month, scope, history_last_id, history_mac FROM month_lock"
                    + " WHERE history_last_id IS NOT NULL ORDER BY month, scope");
        ResultSet r = locks.executeQuery()) {
      while (r.next()) {
        anchors
            .computeIfAbsent(r.getLong(3), id -> new ArrayList<>())
            .add(new Anchor(r.getString(1) + " " + r.getString(2), r.getString(4)));
      }
    }
    return anchors;
  }

  private static Long nullableLong(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : value;
  }
}
