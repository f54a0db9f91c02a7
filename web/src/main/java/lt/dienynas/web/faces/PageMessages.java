package lt.dienynas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/**
 * A confirmation from the {@code text} bundle in the page's message area, in its language; a
 * document sent as the response.
 */
public final class PageMessages {
  private PageMessages() {}

  public static void info(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle =
        ResourceBundle.getBundle("lt.dienynas.web.i18n.text", faces.getViewRoot().getLocale());
    String text =
        args.length == 0
            ? bundle.getString(key)
            : new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale())
                .format(args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** The same, kept over a redirect (Post-Redirect-Get). */
  public static void infoAfterRedirect(String key) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    info(key);
  }

  /** Sends a PDF as the response (the page is not rendered). */
  public static void sendPdf(byte[] pdf, String fileName) {
    Faces.sendFile(pdf, fileName, true);
  }
}
