package lt.dienynas.web.shell;

import static lt.dienynas.web.faces.LoginChallenge.EXPIRED;
import static lt.dienynas.web.faces.LoginChallenge.FAILED;
import static lt.dienynas.web.faces.LoginChallenge.LOCKED;
import static lt.dienynas.web.faces.LoginChallenge.LOGGED_OUT;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.StringJoiner;
import lt.dienynas.web.faces.LoginChallenge;

/**
 * The login page: which message it shows (failed login, expired session, logged out) and where it
 * sends people who should not be on it.
 */
@Named
@RequestScoped
public class Login {

  @Inject private ExternalContext external;

  /**
   * A person already logged in goes to the start page. A person who opened the login page directly
   * (a bookmark, after logout) is sent through the start page too, so that the container challenges
   * them and knows where to return after the login; the message flags travel along.
   */
  public String checkEntry() {
    if (external.getRemoteUser() != null) {
      return "/index.xhtml?faces-redirect=true";
    }
    if (!external.getSessionMap().containsKey(LoginChallenge.CHALLENGED)) {
      StringJoiner outcome = new StringJoiner("&", "/index.xhtml?faces-redirect=true&", "");
      outcome.setEmptyValue("/index.xhtml?faces-redirect=true");
      for (String flag : new String[] {FAILED, LOCKED, EXPIRED, LOGGED_OUT}) {
        if (isSet(flag)) {
          outcome.add(flag + "=true");
        }
      }
      return outcome.toString();
    }
    return null;
  }

  public boolean isFailed() {
    return isSet(FAILED) && !isSet(LOCKED);
  }

  /** Too many failed attempts with this login name: it is locked for a while. */
  public boolean isLocked() {
    return isSet(LOCKED);
  }

  public boolean isExpired() {
    return isSet(EXPIRED) && !isSet(LOGGED_OUT);
  }

  public boolean isLoggedOut() {
    return isSet(LOGGED_OUT);
  }

  private boolean isSet(String flag) {
    return "true".equals(external.getRequestParameterMap().get(flag));
  }
}
