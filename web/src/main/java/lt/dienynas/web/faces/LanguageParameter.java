package lt.dienynas.web.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
import java.io.Serial;
import lt.dienynas.web.shell.LocaleSwitcher;

/**
 * Applies {@code ?lang=lt} / {@code ?lang=en} of the language links (login page and header) before
 * the view is built, so every view of the session speaks the chosen language.
 */
public class LanguageParameter implements PhaseListener {
  @Serial private static final long serialVersionUID = 1L;

  public static final String NAME = "lang";

  @Inject private LocaleSwitcher localeSwitcher;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    String language =
        event.getFacesContext().getExternalContext().getRequestParameterMap().get(NAME);
    if (language != null) {
      localeSwitcher.select(language);
    }
  }

  /**
   * The view speaks the session's language from the start, not the browser's (Faces takes the
   * view's locale from {@code Accept-Language} when it creates it; {@code <f:view locale>} applies
   * the session's only when the page renders): what a view action or a listener formats — a
   * report's reasons, a message — is then in the language of the page around it.
   */
  @Override
  public void afterPhase(PhaseEvent event) {
    UIViewRoot root = event.getFacesContext().getViewRoot();
    if (root != null) {
      root.setLocale(localeSwitcher.getLocale());
    }
  }
}
