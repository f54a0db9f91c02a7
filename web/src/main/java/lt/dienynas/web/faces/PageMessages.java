package lt.dienynas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/** A success message in the page's message area, from the {@code text} bundle; file downloads. */
public final class PageMessages {
  private PageMessages() {}

  public static void info(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "text");
    String text =
        new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** Sends a PDF as the response (the page is not rendered). */
  public static void sendPdf(byte[] pdf, String fileName) {
    Faces.sendFile(pdf, fileName, true);
  }
}
