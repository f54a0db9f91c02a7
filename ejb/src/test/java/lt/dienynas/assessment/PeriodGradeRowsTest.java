package lt.dienynas.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lt.dienynas.assessment.PeriodGradeRows.EntryRow;
import lt.dienynas.assessment.PeriodGradeRows.EntryStateRow;
import lt.dienynas.school.GroupKind;
import org.junit.jupiter.api.Test;

class PeriodGradeRowsTest {

  @Test
  void aGroupsOwnSettingDecidesOverItsClasss() {
    Object[] own = {5L, "6a", "CLASS", 3L, 1L, 0, true};
    assertEquals(
        new GradeEntryState(1, 3L, 5, "6a", GroupKind.CLASS, false),
        EntryStateRow.of(own).toState());
    Object[] ofClass = {6, "6a matematika", "SUBJECT", 3, 1, null, (byte) 1};
    assertEquals(
        new GradeEntryState(1, null, 6, "6a matematika", GroupKind.SUBJECT, true),
        EntryStateRow.of(ofClass).toState());
    Object[] none = {7L, "Namų mokymas", "HOME_SCHOOLING", null, 1L, null, null};
    assertEquals(
        new GradeEntryState(1, null, 7, "Namų mokymas", GroupKind.HOME_SCHOOLING, false),
        EntryStateRow.of(none).toState());
  }

  @Test
  void theClasssSettingHasNoGroup() {
    assertEquals(new EntryRow(null, true), EntryRow.of(new Object[] {null, 1}));
    assertEquals(new EntryRow(5L, false), EntryRow.of(new Object[] {5, Boolean.FALSE}));
  }
}
