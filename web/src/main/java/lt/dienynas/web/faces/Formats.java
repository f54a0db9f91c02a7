package lt.dienynas.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way pages show dates, times and enum values ({@code #{dn.dateTime(x)}}, {@code
 * #{dn.label(x)}}): times in Europe/Vilnius, written the Lithuanian way ({@code 2026-12-02 18:52}),
 * enum values through the {@code text} bundle ({@code enum.BatchStatus.COMPLETED}) in the page's
 * language. A {@link LocalDateTime} is the school's local time already ({@code SchoolClock}); an
 * instant or a {@link Date} is converted.
 */
@Named("dn")
@ApplicationScoped
public class Formats {
  public static final ZoneId ZONE = ZoneId.of("Europe/Vilnius");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** A date-time (or date, or time) as the school writes it; empty for none. */
  public String dateTime(Object value) {
    return format(value);
  }

  /** The same as {@link #dateTime}, for Java callers. */
  public static String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDateTime t) {
      return t.format(DATE_TIME);
    }
    if (value instanceof LocalDate d) {
      return d.format(DATE);
    }
    if (value instanceof LocalTime t) {
      return t.format(TIME);
    }
    if (value instanceof ZonedDateTime t) {
      return t.withZoneSameInstant(ZONE).format(DATE_TIME);
    }
    if (value instanceof OffsetDateTime t) {
      return t.atZoneSameInstant(ZONE).format(DATE_TIME);
    }
    if (value instanceof Instant t) {
      return t.atZone(ZONE).format(DATE_TIME);
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().format(DATE);
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(ZONE).format(DATE_TIME);
    }
    if (value instanceof CharSequence text && !text.isEmpty()) {
      try {
        return LocalDateTime.parse(text).format(DATE_TIME);
      } catch (java.time.format.DateTimeParseException e) {
        return text.toString();
      }
    }
    return value.toString();
  }

  /** A month as "2026 m. gruodis" (lt) or "December 2026" (en). */
  public String month(YearMonth month) {
    if (month == null) {
      return "";
    }
    Locale locale = locale();
    if ("lt".equals(locale.getLanguage())) {
      return month.getYear()
          + " m. "
          + month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }
    return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
        + " "
        + month.getYear();
  }

  /** An enum value through the bundle: {@code enum.<its simple class name>.<NAME>}. */
  public String label(Enum<?> value) {
    return value == null ? "" : label(value.getDeclaringClass().getSimpleName(), value.name());
  }

  /**
   * A value of a named family through the bundle ({@code enum.<family>.<value>}), for values kept
   * as text (JBeret's batch status); a value the bundle lacks is shown as it is.
   */
  public String label(String family, Object value) {
    if (value == null) {
      return "";
    }
    String name = value instanceof Enum<?> e ? e.name() : value.toString();
    try {
      return ResourceBundle.getBundle("lt.dienynas.web.i18n.text", locale())
          .getString("enum." + family + "." + name);
    } catch (MissingResourceException e) {
      return name;
    }
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.forLanguageTag("lt")
        : faces.getViewRoot().getLocale();
  }
}
