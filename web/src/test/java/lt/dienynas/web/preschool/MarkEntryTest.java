package lt.dienynas.web.preschool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import lt.dienynas.preschool.ChildMark;
import lt.dienynas.preschool.PresenceStatus;
import org.junit.jupiter.api.Test;

/** The few keys of a child's cell on the morning page. */
class MarkEntryTest {

  private static ChildMark mark(String typed) {
    return MarkEntry.parse(7, typed).orElseThrow(() -> new AssertionError(typed));
  }

  @Test
  void emptyIsPresentNIsAbsentATimeIsLate() {
    assertEquals(new ChildMark(7, PresenceStatus.PRESENT, null), mark(""));
    assertEquals(new ChildMark(7, PresenceStatus.PRESENT, null), mark(null));
    assertEquals(new ChildMark(7, PresenceStatus.PRESENT, null), mark(" A "));
    assertEquals(new ChildMark(7, PresenceStatus.ABSENT, null), mark("N"));
    for (String late : new String[] {"9:05", "905", "9.05", "p 9:05", "P9:05", "09:05"}) {
      assertEquals(new ChildMark(7, PresenceStatus.LATE, LocalTime.of(9, 5)), mark(late), late);
    }
  }

  @Test
  void anythingElseIsNotUnderstood() {
    for (String wrong : new String[] {"x", "p", "nn", "25:00", "9:75", "9", "1234567"}) {
      assertTrue(MarkEntry.parse(7, wrong).isEmpty(), wrong);
    }
  }

  @Test
  void aSavedMarkIsShownAsItWouldBeTyped() {
    assertEquals("", MarkEntry.shown(null, null));
    assertEquals("", MarkEntry.shown(PresenceStatus.PRESENT, null));
    assertEquals("n", MarkEntry.shown(PresenceStatus.ABSENT, null));
    assertEquals("9:05", MarkEntry.shown(PresenceStatus.LATE, LocalTime.of(9, 5)));
    assertEquals(
        mark(MarkEntry.shown(PresenceStatus.LATE, LocalTime.of(10, 40))),
        new ChildMark(7, PresenceStatus.LATE, LocalTime.of(10, 40)));
  }
}
