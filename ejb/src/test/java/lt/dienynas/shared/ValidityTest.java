package lt.dienynas.shared;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidityTest {

  private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
  private static final LocalDate JAN_31 = LocalDate.of(2027, 1, 31);

  @Test
  void anOpenValidityHoldsFromItsFirstDayOn() {
    Validity open = Validity.startingOn(SEP_1);
    assertFalse(open.contains(SEP_1.minusDays(1)));
    assertTrue(open.contains(SEP_1));
    assertTrue(open.contains(LocalDate.of(2099, 12, 31)));
    assertFalse(open.isEnded());
    assertEquals(Optional.empty(), open.to());
    assertThrows(IllegalStateException.class, open::range);
  }

  @Test
  void anEndedValidityHoldsUpToItsLastDayInclusive() {
    Validity ended = Validity.startingOn(SEP_1).endingOn(JAN_31);
    assertTrue(ended.contains(SEP_1));
    assertTrue(ended.contains(JAN_31));
    assertFalse(ended.contains(JAN_31.plusDays(1)));
    assertTrue(ended.isEnded());
    assertEquals(new DateRange(SEP_1, JAN_31), ended.range());
    assertEquals(ended, Validity.of(new DateRange(SEP_1, JAN_31)));
  }

  @Test
  void aOneDayValidityIsAllowed() {
    Validity day = Validity.startingOn(SEP_1).endingOn(SEP_1);
    assertTrue(day.contains(SEP_1));
    assertFalse(day.contains(SEP_1.plusDays(1)));
  }

  @Test
  void theLastDayCannotBeBeforeTheFirstAndTheRefusalNamesBoth() {
    BusinessException refusal =
        assertRefused(
            "dateRange.order", () -> Validity.startingOn(SEP_1).endingOn(SEP_1.minusDays(1)));
    assertArrayEquals(new Object[] {SEP_1, SEP_1.minusDays(1)}, refusal.getArgs());
    assertEquals(
        "Laikotarpio pradžia 2026-09-01 negali būti vėlesnė už pabaigą 2026-08-31.",
        refusal.localizedMessage(Locale.forLanguageTag("lt")));
    assertRefused("dateRange.order", () -> Validity.startingOn(SEP_1).endingBy(SEP_1.minusDays(1)));
  }

  @Test
  void endingByCutsShortButNeverLengthens() {
    Validity open = Validity.startingOn(SEP_1);
    assertEquals(JAN_31, open.endingBy(JAN_31).to().orElseThrow());
    Validity ended = open.endingOn(JAN_31);
    assertEquals(LocalDate.of(2026, 12, 31), ended.endingBy(LocalDate.of(2026, 12, 31)).to().get());
    assertSame(ended, ended.endingBy(JAN_31.plusDays(1)));
    assertSame(ended, ended.endingBy(JAN_31));
  }

  @Test
  void overlapsCountsTheBoundaryDays() {
    Validity ended = Validity.startingOn(SEP_1).endingOn(JAN_31);
    assertTrue(ended.overlaps(JAN_31, JAN_31.plusDays(10)));
    assertTrue(ended.overlaps(SEP_1.minusDays(10), SEP_1));
    assertTrue(ended.overlaps(SEP_1.minusDays(10), JAN_31.plusDays(10)));
    assertFalse(ended.overlaps(JAN_31.plusDays(1), JAN_31.plusDays(10)));
    assertFalse(ended.overlaps(SEP_1.minusDays(10), SEP_1.minusDays(1)));
    Validity open = Validity.startingOn(SEP_1);
    assertTrue(open.overlaps(LocalDate.of(2090, 1, 1), LocalDate.of(2090, 1, 2)));
    assertFalse(open.overlaps(SEP_1.minusDays(10), SEP_1.minusDays(1)));
  }

  @Test
  void aValidityIsAValue() {
    assertEquals(Validity.startingOn(SEP_1), Validity.startingOn(SEP_1));
    assertEquals(Validity.startingOn(SEP_1).hashCode(), Validity.startingOn(SEP_1).hashCode());
    assertNotEquals(Validity.startingOn(SEP_1), Validity.startingOn(SEP_1).endingOn(JAN_31));
    Validity open = Validity.startingOn(SEP_1);
    open.endingOn(JAN_31);
    assertFalse(open.isEnded(), "ending makes a new validity");
  }
}
