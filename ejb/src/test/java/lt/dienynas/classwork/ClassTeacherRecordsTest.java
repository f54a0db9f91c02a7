package lt.dienynas.classwork;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariants of the class teacher's records, without a container. */
class ClassTeacherRecordsTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2030, 10, 10, 15, 0);

  private static SocialCivicInput hours(String value) {
    return new SocialCivicInput(
        LocalDate.of(2030, 10, 9), " Talka ", new BigDecimal(value), " Ūkvedys ", List.of(1L));
  }

  @Test
  void socialCivicHoursAreHalfAnHourToADayInTenths() {
    SocialCivicEntry entry = new SocialCivicEntry(1, 2, 3, hours("2.50"), 9, NOW);
    assertEquals(new BigDecimal("2.5"), entry.getHours());
    assertEquals("Talka", entry.getActivity());
    assertEquals("Ūkvedys", entry.getConfirmedBy());
    assertEquals(
        new BigDecimal("24.0"), new SocialCivicEntry(1, 2, 3, hours("24"), 9, NOW).getHours());
    for (String refused : List.of("0.4", "0", "-1", "24.1", "1.25")) {
      assertRefused(
          "classwork.socialCivic.hours",
          () -> new SocialCivicEntry(1, 2, 3, hours(refused), 9, NOW));
    }
  }

  @Test
  void aTotalAgainstTheNormSaysWhatIsMissing() {
    SocialCivicTotal short_ = SocialCivicTotal.of(1, "Ūla", "Šėmaitė", new BigDecimal("3.5"), 10);
    assertEquals(new BigDecimal("3.5"), short_.hours());
    assertEquals(new BigDecimal("6.5"), short_.missing());
    assertFalse(short_.met());
    SocialCivicTotal exactly = SocialCivicTotal.of(1, "Ūla", "Šėmaitė", new BigDecimal("10.0"), 10);
    assertTrue(exactly.met());
    assertEquals(new BigDecimal("0.0"), exactly.missing());
    SocialCivicTotal none = SocialCivicTotal.of(1, "Ūla", "Šėmaitė", null, 10);
    assertEquals(new BigDecimal("0.0"), none.hours());
    assertEquals(new BigDecimal("10.0"), none.missing());
  }

  @Test
  void onlyTheAuthorChangesALogEntry() {
    ClassLogEntry entry =
        new ClassLogEntry(
            5,
            new ClassLogInput(LocalDate.of(2030, 10, 7), ClassLogKind.TRIP, " Trakai ", "Klasė"),
            7,
            NOW);
    assertEquals("Trakai", entry.getTopic());
    ClassLogInput other =
        new ClassLogInput(LocalDate.of(2030, 10, 8), ClassLogKind.EVENT, "Koncertas", "Klasė");
    assertRefused("classwork.log.notAuthor", () -> entry.change(other, 8, NOW));
    assertEquals(ClassLogKind.TRIP, entry.getKind(), "unchanged");
    entry.change(other, 7, NOW.plusHours(1));
    assertEquals("Koncertas", entry.getTopic());
    assertEquals(NOW.plusHours(1), entry.getChangedAt());
    assertRefused(
        "classwork.log.topic",
        () ->
            entry.change(
                new ClassLogInput(
                    LocalDate.of(2030, 10, 8), ClassLogKind.EVENT, "x".repeat(501), "K"),
                7,
                NOW));
  }
}
