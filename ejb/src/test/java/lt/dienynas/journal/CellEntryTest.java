package lt.dienynas.journal;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lt.dienynas.assessment.MarkValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellEntryTest {

  @Test
  void aCellHoldsAttendanceAMarkOrBoth() {
    assertTrue(CellEntry.parse("  ", "Jonas").isEmpty());
    assertEquals(AttendanceStatus.ABSENT, CellEntry.parse("n", "Jonas").attendance());
    CellEntry lateWithMark = CellEntry.parse("p 9", "Jonas");
    assertEquals(AttendanceStatus.LATE, lateWithMark.attendance());
    assertEquals(MarkValue.tenPoint(9), lateWithMark.mark());
    assertEquals("p 9", lateWithMark.notation());
    CellEntry passed = CellEntry.parse("ĮSK", "Jonas");
    assertNull(passed.attendance());
    assertEquals("įsk.", passed.notation());
  }

  @ParameterizedTest
  @ValueSource(strings = {"11", "abc", "8 9", "n p", "n n", "0"})
  void aBadCellNamesTheStudentAndWhatWasTyped(String typed) {
    var refusal = assertRefused("journal.cellInvalid", () -> CellEntry.parse(typed, "Ona Onaitė"));
    assertEquals("Ona Onaitė", refusal.getArgs()[0]);
    assertEquals(typed, refusal.getArgs()[1]);
  }
}
