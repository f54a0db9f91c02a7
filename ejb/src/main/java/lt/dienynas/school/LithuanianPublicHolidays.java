package lt.dienynas.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Švenčių dienos: the public holidays (days off) of Lithuania, Labour Code art. 123, as in force
 * since 2020 (when Vėlinės, 2 November, became a day off). Nothing is stored; every year is
 * computed, Easter by the Western (Gregorian) rule.
 */
public final class LithuanianPublicHolidays {

  private LithuanianPublicHolidays() {}

  /** The holidays of a year in date order. Two can share a date (1 May on Mother's Day). */
  public static List<PublicHoliday> of(int year) {
    LocalDate easter = easterSunday(year);
    return Stream.of(
            new PublicHoliday(LocalDate.of(year, Month.JANUARY, 1), "Naujųjų metų diena"),
            new PublicHoliday(
                LocalDate.of(year, Month.FEBRUARY, 16), "Lietuvos valstybės atkūrimo diena"),
            new PublicHoliday(
                LocalDate.of(year, Month.MARCH, 11), "Lietuvos nepriklausomybės atkūrimo diena"),
            new PublicHoliday(easter, "Šv. Velykos"),
            new PublicHoliday(easter.plusDays(1), "Antroji Velykų diena"),
            new PublicHoliday(LocalDate.of(year, Month.MAY, 1), "Tarptautinė darbo diena"),
            new PublicHoliday(firstSunday(year, Month.MAY), "Motinos diena"),
            new PublicHoliday(firstSunday(year, Month.JUNE), "Tėvo diena"),
            new PublicHoliday(LocalDate.of(year, Month.JUNE, 24), "Rasos ir Joninių diena"),
            new PublicHoliday(
                LocalDate.of(year, Month.JULY, 6),
                "Valstybės (Lietuvos karaliaus Mindaugo karūnavimo) diena"),
            new PublicHoliday(
                LocalDate.of(year, Month.AUGUST, 15),
                "Žolinė (Švč. Mergelės Marijos ėmimo į dangų diena)"),
            new PublicHoliday(LocalDate.of(year, Month.NOVEMBER, 1), "Visų šventųjų diena"),
            new PublicHoliday(
                LocalDate.of(year, Month.NOVEMBER, 2), "Mirusiųjų atminimo (Vėlinių) diena"),
            new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 24), "Kūčių diena"),
            new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 25), "Šv. Kalėdos"),
            new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 26), "Antroji Kalėdų diena"))
        .sorted(Comparator.comparing(PublicHoliday::date))
        .toList();
  }

  public static boolean isPublicHoliday(LocalDate date) {
    return of(date.getYear()).stream().anyMatch(h -> h.date().equals(date));
  }

  /** Western Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static LocalDate firstSunday(int year, Month month) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
  }
}
