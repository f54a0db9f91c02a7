package lt.dienynas.web.faces;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import lt.dienynas.security.LoginEvents;
import lt.dienynas.security.LoginEvents.FailureOutcome;
import lt.dienynas.shared.Messages;

/**
 * The FORM login page and error page of web.xml. The container forwards here (keeping the URL of
 * the protected page the person asked for, and the body of a POST); this sends the browser on to
 * {@code /login.xhtml} with a redirect, so that the login page is always a clean GET of its own —
 * never a Faces postback of another page's state — and says why the person is there.
 *
 * <p>A PrimeFaces Ajax request whose session expired gets a Faces partial-response redirect
 * instead, which the browser follows; an HTML page would be silently dropped.
 */
@WebServlet(urlPatterns = {LoginChallenge.LOGIN_PAGE, LoginChallenge.ERROR_PAGE})
public class LoginChallenge extends HttpServlet {
  @Serial private static final long serialVersionUID = 1L;

  static final String LOGIN_PAGE = "/login";
  static final String ERROR_PAGE = "/login-failed";
  private static final String API_PATH = "/api/";

  /** Query flags of {@code /login.xhtml}: why the person is asked to log in. */
  public static final String FAILED = "error";

  public static final String LOCKED = "locked";

  public static final String EXPIRED = "expired";
  public static final String LOGGED_OUT = "loggedOut";

  /** Session attribute: the container challenged this session, so it knows where to return. */
  public static final String CHALLENGED = LoginChallenge.class.getName() + ".challenged";

  @EJB private LoginEvents loginEvents;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (isApiRequest(request)) {
      String basicLogin = ApiLogins.basicLogin(request);
      if (basicLogin != null) {
        // a refused HTTP Basic login counts into the same lock-out and events as the login form
        loginEvents.recordFailure(basicLogin);
        ApiLogins.forget(basicLogin);
      }
      refuseApiClient(response);
      return;
    }
    request.getSession(true).setAttribute(CHALLENGED, Boolean.TRUE);
    String target = request.getContextPath() + "/login.xhtml" + reason(request);
    if (isRealmRefusal(request)) {
      // the same answer whether or not the login exists: the lock is kept per login name
      FailureOutcome outcome = loginEvents.recordFailure(request.getParameter("j_username"));
      if (outcome.locked()) {
        target += "&" + LOCKED + "=true";
      }
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target.replace("&", "&amp;").replace("\"", "&quot;")
                  + "\"/></partial-response>");
    } else {
      response.sendRedirect(target);
    }
  }

  /**
   * The container forwards a refused login form here, its POST (and so the login) still readable.
   */
  private static boolean isRealmRefusal(HttpServletRequest request) {
    return ERROR_PAGE.equals(request.getServletPath())
        && request.getDispatcherType() == DispatcherType.FORWARD
        && request.getParameter("j_username") != null;
  }

  /** The container challenges a request to the JSON API ({@code /api/...}). */
  private static boolean isApiRequest(HttpServletRequest request) {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
    return uri.startsWith(request.getContextPath() + API_PATH);
  }

  /** An API client gets 401 with a Basic challenge and a JSON body, not the login page. */
  private static void refuseApiClient(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"dienynas\", charset=\"UTF-8\"");
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"error\":\"api.authRequired\",\"args\":[],\"message\":\""
                + Messages.format(Messages.LITHUANIAN, "api.authRequired")
                + "\",\"messageEn\":\""
                + Messages.format(Locale.ENGLISH, "api.authRequired")
                + "\"}");
  }

  private static String reason(HttpServletRequest request) {
    if (ERROR_PAGE.equals(request.getServletPath()) || flag(request, FAILED)) {
      return "?" + FAILED + "=true";
    }
    if (flag(request, LOGGED_OUT)) {
      return "?" + LOGGED_OUT + "=true";
    }
    boolean sessionTimedOut =
        request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    if (sessionTimedOut || flag(request, EXPIRED)) {
      return "?" + EXPIRED + "=true";
    }
    return "";
  }

  private static boolean flag(HttpServletRequest request, String name) {
    return "true".equals(request.getParameter(name));
  }
}
