package lt.dienynas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import lt.dienynas.shared.Messages;

/**
 * A record's id as a page's address names it ({@code ?group=42}), for the view parameters that name
 * a group, a student, a class, a year…: a positive whole number, or nothing. Anything else ("abc",
 * "-1", "4x", a number past the range of ids) names no record: the answer is the portal's 404 page
 * with the Lithuanian (or English) {@code id.format} message, not the page itself, whose view
 * action would not run and whose content would render without its data (a 500 on some pages).
 */
@FacesConverter("dienynas.id")
public class IdConverter implements Converter<Long> {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

  @Override
  public Long getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Optional<Long> id = parse(value);
    if (id.isPresent()) {
      return id.get();
    }
    FacesMessage message = refusal(context.getViewRoot().getLocale(), value);
    if (component instanceof UIViewParameter) {
      AddressRefusal.notFound(context, message.getSummary());
    }
    throw new ConverterException(message);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Long value) {
    return value == null ? "" : value.toString();
  }

  /** The id the text names: digits only (surrounding blanks aside), greater than zero. */
  static Optional<Long> parse(String value) {
    String text = value.strip();
    if (!DIGITS.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      long id = Long.parseLong(text);
      return id > 0 ? Optional.of(id) : Optional.empty();
    } catch (NumberFormatException e) {
      // 19 digits past Long.MAX_VALUE
      return Optional.empty();
    }
  }

  /** The message for a value that names no record, repeating at most its first characters. */
  static FacesMessage refusal(Locale locale, String value) {
    String text = Messages.format(locale, "id.format", AddressRefusal.shown(value));
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
