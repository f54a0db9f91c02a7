package lt.dienynas.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import lt.dienynas.web.faces.LoginChallenge;

/** Logging out: the container forgets the login and the session with everything in it ends. */
@Named
@RequestScoped
public class Logout {

  @Inject private HttpServletRequest request;

  public String submit() throws ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return "/login.xhtml?faces-redirect=true&" + LoginChallenge.LOGGED_OUT + "=true";
  }
}
