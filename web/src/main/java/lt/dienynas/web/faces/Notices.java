package lt.dienynas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** A short confirmation in the page's message area, from the {@code text} bundle. */
public final class Notices {
  private Notices() {}

  public static void info(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle text = faces.getApplication().getResourceBundle(faces, "text");
    String message = new MessageFormat(text.getString(key), text.getLocale()).format(args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }
}
