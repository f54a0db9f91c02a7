package lt.dienynas.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LithuanianPublicHolidaysTest {

  @ParameterizedTest
  @CsvSource({
    "1818, 1818-03-22",
    "1943, 1943-04-25",
    "2019, 2019-04-21",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25",
    "2285, 2285-03-22"
  })
  void westernEaster(int year, LocalDate easter) {
    assertEquals(easter, LithuanianPublicHolidays.easterSunday(year));
  }

  @Test
  void holidaysOf2026InDateOrder() {
    List<String> expected =
        List.of(
            "2026-01-01 Naujųjų metų diena",
            "2026-02-16 Lietuvos valstybės atkūrimo diena",
            "2026-03-11 Lietuvos nepriklausomybės atkūrimo diena",
            "2026-04-05 Šv. Velykos",
            "2026-04-06 Antroji Velykų diena",
            "2026-05-01 Tarptautinė darbo diena",
            "2026-05-03 Motinos diena",
            "2026-06-07 Tėvo diena",
            "2026-06-24 Rasos ir Joninių diena",
            "2026-07-06 Valstybės (Lietuvos karaliaus Mindaugo karūnavimo) diena",
            "2026-08-15 Žolinė (Švč. Mergelės Marijos ėmimo į dangų diena)",
            "2026-11-01 Visų šventųjų diena",
            "2026-11-02 Mirusiųjų atminimo (Vėlinių) diena",
            "2026-12-24 Kūčių diena",
            "2026-12-25 Šv. Kalėdos",
            "2026-12-26 Antroji Kalėdų diena");
    assertEquals(
        expected,
        LithuanianPublicHolidays.of(2026).stream().map(h -> h.date() + " " + h.name()).toList());
  }

  @Test
  void mothersDayCanFallOnTheFirstOfMay() {
    List<PublicHoliday> firstOfMay2022 =
        LithuanianPublicHolidays.of(2022).stream()
            .filter(h -> h.date().equals(LocalDate.of(2022, 5, 1)))
            .toList();
    assertEquals(2, firstOfMay2022.size());
  }

  @Test
  void isPublicHoliday() {
    assertTrue(LithuanianPublicHolidays.isPublicHoliday(LocalDate.of(2025, 4, 21)));
    assertTrue(LithuanianPublicHolidays.isPublicHoliday(LocalDate.of(2025, 6, 1)));
    assertFalse(LithuanianPublicHolidays.isPublicHoliday(LocalDate.of(2025, 4, 22)));
    assertFalse(LithuanianPublicHolidays.isPublicHoliday(LocalDate.of(2025, 12, 27)));
  }
}
