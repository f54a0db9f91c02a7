package lt.dienynas.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryEntryTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 10, 5, 14, 3, 7, 123_456_789);

  private static final HistoryMac KEY = HistoryMac.of(new byte[32]);

  private static final HistoryMac OTHER_KEY =
      HistoryMac.of("another key of 32 bytes or more..".getBytes());

  private static HistoryEntry entry(String after, String prev) {
    return new HistoryEntry(
        AT,
        "mokytojas",
        42L,
        "journal grid",
        "mark",
        "17",
        HistoryAction.UPDATE,
        "{\"value\":7}",
        after,
        null,
        prev,
        KEY);
  }

  @Test
  void theMacCoversTheContentAndThePredecessorUnderTheKey() {
    HistoryEntry first = entry("{\"value\":8}", HistoryEntry.GENESIS);
    assertEquals(first.getHash(), entry("{\"value\":8}", HistoryEntry.GENESIS).getHash());
    assertNotEquals(first.getHash(), entry("{\"value\":9}", HistoryEntry.GENESIS).getHash());
    assertNotEquals(first.getHash(), entry("{\"value\":8}", first.getHash()).getHash());
    assertTrue(first.isIntactAfter(HistoryEntry.GENESIS, KEY));
    assertFalse(first.isIntactAfter(first.getHash(), KEY));
    assertFalse(first.isIntactAfter(HistoryEntry.GENESIS, OTHER_KEY), "another key");
    assertEquals(64, first.getHash().length());
  }

  @Test
  void theTimeIsKeptToTheMillisecondAsTheDatabaseStoresIt() {
    assertEquals(123_000_000, entry(null, HistoryEntry.GENESIS).getOccurredAt().getNano());
  }

  @Test
  void valuesBecomeJsonInTheirGivenOrder() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("value", 9);
    values.put("kind", "KONTROLINIS");
    values.put("comment", null);
    values.put("excused", true);
    assertEquals(
        "{\"value\":9,\"kind\":\"KONTROLINIS\",\"comment\":null,\"excused\":true}",
        Change.json(values));
    assertEquals(null, Change.json(null));
  }
}
