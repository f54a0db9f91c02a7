package lt.dienynas.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page's address whose parameter names nothing (a malformed record number or month): the answer
 * is the portal's 404 page with the converter's message, not the page itself, whose view action
 * would not run and whose content would render without its data.
 */
final class AddressRefusal {
  /** The request attribute with the refusal's text, for the 404 page. */
  static final String TEXT = "lt.dienynas.web.faces.addressRefusal";

  /** The longest part of a refused value a message repeats. */
  private static final int SHOWN = 20;

  private AddressRefusal() {}

  /** The refused value as a message repeats it: stripped, at most its first characters. */
  static String shown(String value) {
    String shown = value.strip();
    return shown.length() > SHOWN ? shown.substring(0, SHOWN) + "…" : shown;
  }

  /** Answers with the 404 page saying {@code text}, once per request. */
  static void notFound(FacesContext context, String text) {
    if (context.getResponseComplete()) {
      return;
    }
    ExternalContext external = context.getExternalContext();
    external.getRequestMap().put(TEXT, text);
    try {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
    } catch (IOException e) {
      throw new FacesException(e);
    }
    context.responseComplete();
  }
}
