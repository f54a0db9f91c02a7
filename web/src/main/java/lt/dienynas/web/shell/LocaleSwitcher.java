package lt.dienynas.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The UI language of the session: Lithuanian (the state language) unless the person chose English.
 * The choice is remembered in a cookie, so the login page of the next visit speaks it too.
 */
@Named
@SessionScoped
public class LocaleSwitcher implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public static final Locale LITHUANIAN = Locale.forLanguageTag("lt");
  public static final List<Locale> SUPPORTED = List.of(LITHUANIAN, Locale.ENGLISH);
  static final String COOKIE = "dienynas-lang";
  private static final int ONE_YEAR = 365 * 24 * 60 * 60;

  private Locale locale = LITHUANIAN;

  @PostConstruct
  void restoreFromCookie() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null
        && faces.getExternalContext().getRequestCookieMap().get(COOKIE) instanceof Cookie cookie) {
      supported(cookie.getValue()).ifPresent(l -> locale = l);
    }
  }

  public Locale getLocale() {
    return locale;
  }

  /** The language code for {@code <html lang>}: {@code lt} or {@code en}. */
  public String getLanguage() {
    return locale.getLanguage();
  }

  /** Switches to a supported language ({@code lt}, {@code en}); anything else is ignored. */
  public void select(String language) {
    supported(language)
        .ifPresent(
            l -> {
              locale = l;
              FacesContext faces = FacesContext.getCurrentInstance();
              if (faces != null) {
                ExternalContext external = faces.getExternalContext();
                external.addResponseCookie(
                    COOKIE,
                    l.getLanguage(),
                    Map.of(
                        "maxAge",
                        ONE_YEAR,
                        "path",
                        external.getRequestContextPath() + "/",
                        "httpOnly",
                        Boolean.TRUE));
                if (faces.getViewRoot() != null) {
                  faces.getViewRoot().setLocale(l);
                }
              }
            });
  }

  static java.util.Optional<Locale> supported(String language) {
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }
}
