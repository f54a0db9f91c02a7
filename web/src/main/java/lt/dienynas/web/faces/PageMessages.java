package lt.dienynas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** A confirmation from the {@code text} bundle in the page's message area, in its language. */
public final class PageMessages {
  private PageMessages() {}

  public static void info(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text =
        ResourceBundle.getBundle("lt.dienynas.web.i18n.text", faces.getViewRoot().getLocale())
            .getString(key);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** The same, kept over a redirect (Post-Redirect-Get). */
  public static void infoAfterRedirect(String key) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    info(key);
  }
}
