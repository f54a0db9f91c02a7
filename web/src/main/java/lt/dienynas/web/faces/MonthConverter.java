package lt.dienynas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import lt.dienynas.shared.Messages;

/**
 * A month as pages and addresses write it ("2026-10"), for every {@link YearMonth} property of a
 * view; anything else is refused with the Lithuanian (or English) {@code month.format} message and
 * leaves the property as it was: on a form's field the message stays by the field, in a page's
 * address ({@code ?month=2026-13}) the answer is the 404 page saying so, as for a malformed id.
 */
@FacesConverter(forClass = YearMonth.class)
public class MonthConverter implements Converter<YearMonth> {

  @Override
  public YearMonth getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      String text =
          Messages.format(
              context.getViewRoot().getLocale(), "month.format", AddressRefusal.shown(value));
      if (component instanceof UIViewParameter) {
        AddressRefusal.notFound(context, text);
      }
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, YearMonth value) {
    return value == null ? "" : value.toString();
  }
}
