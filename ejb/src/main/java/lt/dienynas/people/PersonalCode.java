package lt.dienynas.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/**
 * Asmens kodas: the Lithuanian personal code, {@code GYYMMDDNNNK}. G gives the century and sex (1/2
 * — 1800s, 3/4 — 1900s, 5/6 — 2000s, 7/8 — 2100s; odd for men), YYMMDD the birth date, NNN a serial
 * number and K the check digit.
 */
public record PersonalCode(String value) {

  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 1, 2, 3};

  public PersonalCode {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Parses and validates a code.
   *
   * @throws BusinessException {@code personalCode.format} (not 11 digits), {@code
   *     personalCode.date} (no such birth date) or {@code personalCode.checkDigit}
   */
  public static PersonalCode parse(String text) {
    String value = text == null ? "" : text.strip();
    if (!value.matches("\\d{11}")) {
      throw new BusinessException("personalCode.format", value);
    }
    if (value.charAt(0) == '0' || value.charAt(0) == '9') {
      throw new BusinessException("personalCode.date", value);
    }
    birthDateOf(value);
    if (checkDigit(value.substring(0, 10)) != value.charAt(10) - '0') {
      throw new BusinessException("personalCode.checkDigit", value);
    }
    return new PersonalCode(value);
  }

  /** Whether the text is a valid personal code. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (BusinessException e) {
      return false;
    }
  }

  /** The check digit of the first ten digits, by the two-pass weighted rule. */
  public static int checkDigit(String firstTen) {
    if (firstTen == null || !firstTen.matches("\\d{10}")) {
      throw new IllegalArgumentException("ten digits expected");
    }
    int remainder = weightedRemainder(firstTen, FIRST_WEIGHTS);
    if (remainder != 10) {
      return remainder;
    }
    remainder = weightedRemainder(firstTen, SECOND_WEIGHTS);
    return remainder == 10 ? 0 : remainder;
  }

  /** Builds a valid code for a birth date, sex and serial number (0–999). */
  public static PersonalCode of(LocalDate birthDate, boolean male, int serial) {
    int century = birthDate.getYear() / 100;
    int first = (century - 18) * 2 + (male ? 1 : 2);
    if (first < 1 || first > 8 || serial < 0 || serial > 999) {
      throw new IllegalArgumentException("birth date or serial out of range");
    }
    String firstTen =
        String.format(
            "%d%02d%02d%02d%03d",
            first,
            birthDate.getYear() % 100,
            birthDate.getMonthValue(),
            birthDate.getDayOfMonth(),
            serial);
    return new PersonalCode(firstTen + checkDigit(firstTen));
  }

  public LocalDate birthDate() {
    return birthDateOf(value);
  }

  public boolean male() {
    return (value.charAt(0) - '0') % 2 == 1;
  }

  private static LocalDate birthDateOf(String value) {
    int g = value.charAt(0) - '0';
    int year = 1800 + (g - 1) / 2 * 100 + Integer.parseInt(value.substring(1, 3));
    try {
      return LocalDate.of(
          year, Integer.parseInt(value.substring(3, 5)), Integer.parseInt(value.substring(5, 7)));
    } catch (DateTimeException e) {
      throw new BusinessException("personalCode.date", value);
    }
  }

  private static int weightedRemainder(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum % 11;
  }

  @Override
  public String toString() {
    return value;
  }
}
