package lt.dienynas.web.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import lt.dienynas.shared.BusinessException;

/** Reads the API's query parameters, refusing bad ones with a 400 and a Lithuanian message. */
final class Params {
  /**
   * The dates a diary can be about: {@code +999999999-12-31} parses, but no service should have to
   * count days up to it. The services check the school year themselves.
   */
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

  private Params() {}

  /**
   * @throws BusinessException {@code api.badDate}, {@code api.dateRange}
   */
  static LocalDate date(String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("api.badDate", value);
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new BusinessException("api.dateRange", value.strip(), EARLIEST, LATEST);
    }
    return date;
  }

  /**
   * @throws BusinessException {@code api.badDate} also when the date is missing
   */
  static LocalDate requiredDate(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new BusinessException("api.badValue", name);
    }
    return date(value, null);
  }

  /**
   * @throws BusinessException {@code api.badMonth}
   */
  static YearMonth month(String value, YearMonth current) {
    if (value == null || value.isBlank()) {
      return current;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("api.badMonth", value);
    }
  }

  /**
   * @throws BusinessException {@code api.bodyRequired} when the body is missing
   */
  static <T> T body(T body) {
    if (body == null) {
      throw new BusinessException("api.bodyRequired");
    }
    return body;
  }

  /**
   * @throws BusinessException {@code api.badValue} naming the field
   */
  static <T> T required(String name, T value) {
    if (value == null) {
      throw new BusinessException("api.badValue", name);
    }
    return value;
  }

  /**
   * A month that must be given ("2030-10").
   *
   * @throws BusinessException {@code api.badMonth}
   */
  static YearMonth requiredMonth(String value) {
    if (value == null || value.isBlank()) {
      throw new BusinessException("api.badMonth", value);
    }
    return month(value, null);
  }

  /**
   * A time of day ("18:00"), or null when left out.
   *
   * @throws BusinessException {@code api.badValue} naming the field
   */
  static java.time.LocalTime time(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("api.badValue", name);
    }
  }

  /**
   * One of the enum's names, or the fallback when left out.
   *
   * @param fallback null: the value is required
   * @throws BusinessException {@code api.badValue} naming the field
   */
  static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value, E fallback) {
    if (value == null || value.isBlank()) {
      if (fallback == null) {
        throw new BusinessException("api.badValue", name);
      }
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessException("api.badValue", name);
    }
  }

  /**
   * One of the enum's names, or null when left out (a filter not chosen).
   *
   * @throws BusinessException {@code api.badValue} naming the field
   */
  static <E extends Enum<E>> E optionalEnum(Class<E> type, String name, String value) {
    return value == null || value.isBlank() ? null : enumValue(type, name, value, null);
  }
}
