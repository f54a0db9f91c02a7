package lt.dienynas.people;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalCodeTest {

  @Test
  void handCheckedCodeWithTheFirstPass() {
    // 3·1 + 9·2 + 0·3 + 0·4 + 1·5 + 0·6 + 1·7 + 0·8 + 0·9 + 0·1 = 33; 33 mod 11 = 0
    PersonalCode code = PersonalCode.parse("39001010000");
    assertEquals(LocalDate.of(1990, 1, 1), code.birthDate());
    assertTrue(code.male());
  }

  @Test
  void secondPassWhenTheFirstGivesTen() {
    // first pass: 3+6+9+0+45+12+28+0+0+6 = 109, 109 mod 11 = 10;
    // second pass: 9+12+15+0+63+16+36+0+0+18 = 169, 169 mod 11 = 4
    assertEquals(4, PersonalCode.checkDigit("3330924006"));
    PersonalCode code = PersonalCode.parse("33309240064");
    assertEquals(LocalDate.of(1933, 9, 24), code.birthDate());
  }

  @Test
  void secondPassGivingZero() {
    // first pass: 5+0+24+0+5+0+7+0+0+2 = 43, mod 11 = 10; second: 15+0+40+0+7+0+9+0+0+6 = 77, mod
    // 11 = 0
    assertEquals(0, PersonalCode.checkDigit("5080101002"));
    assertTrue(PersonalCode.isValid("50801010020"));
  }

  @Test
  void zeroWhenBothPassesGiveTen() {
    // first pass: 3+18+0+0+5+0+7+0+45+9 = 87, mod 11 = 10; second: 9+36+0+0+7+0+9+0+10+27 = 98,
    // mod 11 = 10
    assertEquals(0, PersonalCode.checkDigit("3900101059"));
    assertTrue(PersonalCode.isValid("39001010590"));
  }

  @ParameterizedTest
  @CsvSource({
    "1899-12-31, true, 1",
    "1985-07-20, false, 7",
    "2000-02-29, true, 999",
    "2014-03-15, false, 123",
    "2019-11-30, true, 0",
    "2101-01-01, false, 42"
  })
  void builtCodesParseBackToTheirDateAndSex(LocalDate birthDate, boolean male, int serial) {
    PersonalCode built = PersonalCode.of(birthDate, male, serial);
    PersonalCode parsed = PersonalCode.parse(built.value());
    assertEquals(built, parsed);
    assertEquals(birthDate, parsed.birthDate());
    assertEquals(male, parsed.male());
    assertEquals(String.format("%03d", serial), parsed.value().substring(7, 10));
  }

  @Test
  void centuryAndSexDigit() {
    assertEquals('6', PersonalCode.of(LocalDate.of(2014, 3, 15), false, 1).value().charAt(0));
    assertEquals('3', PersonalCode.of(LocalDate.of(1950, 6, 1), true, 1).value().charAt(0));
    PersonalCode woman = PersonalCode.of(LocalDate.of(1990, 1, 1), false, 0);
    assertEquals("4900101000", woman.value().substring(0, 10));
    assertFalse(woman.male());
  }

  @Test
  void surroundingSpaceIsIgnored() {
    assertEquals("39001010000", PersonalCode.parse(" 39001010000\n").value());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", "3900101000", "390010100000", "3900101000A", "3900-101000", "3 9001010000"})
  void notElevenDigits(String text) {
    assertRefused("personalCode.format", () -> PersonalCode.parse(text));
    assertFalse(PersonalCode.isValid(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "39013010000", // month 13
        "39000010000", // month 0
        "39002300000", // 30 February
        "39002290000", // 29 February 1990, not a leap year
        "39004310000", // 31 April
        "09001010000", // century digit 0
        "99001010000" // century digit 9
      })
  void impossibleBirthDate(String text) {
    assertRefused("personalCode.date", () -> PersonalCode.parse(text));
  }

  @Test
  void wrongCheckDigit() {
    for (int digit = 1; digit <= 9; digit++) {
      String text = "3900101000" + digit;
      assertRefused("personalCode.checkDigit", () -> PersonalCode.parse(text));
    }
  }

  @Test
  void checkDigitNeedsTenDigits() {
    assertThrows(IllegalArgumentException.class, () -> PersonalCode.checkDigit("123"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PersonalCode.of(LocalDate.of(2010, 1, 1), true, 1000));
  }
}
