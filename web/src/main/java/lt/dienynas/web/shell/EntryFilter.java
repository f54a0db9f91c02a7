package lt.dienynas.web.shell;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import lt.dienynas.security.EntryGate;
import lt.dienynas.security.EntryGate.Step;
import lt.dienynas.security.LoginEvents;
import lt.dienynas.shared.JsonBuilders;
import lt.dienynas.shared.Messages;
import lt.dienynas.web.faces.ApiLogins;

/**
 * Runs on every request of a logged-in person, after the container authenticated them: records the
 * login once per session (§18.10), then lets nothing through until the person has taken the step
 * {@link EntryGate} asks for first — a temporary password is changed, and an employee has accepted
 * the confidentiality pledge (§8). Any other page sends them to that step's page; an API call gets
 * a 403 JSON refusal naming the step.
 */
@WebFilter(urlPatterns = "/*")
public class EntryFilter extends HttpFilter {
  @Serial private static final long serialVersionUID = 1L;

  public static final String PASSWORD_PAGE = "/account/password.xhtml";
  public static final String PLEDGE_PAGE = "/pledge.xhtml";

  /** The API's error keys while a step is pending. */
  static final String PASSWORD_FIRST = "api.passwordChangeFirst";

  static final String PLEDGE_FIRST = "api.pledgeFirst";

  /** Session attributes holding the login they apply to. */
  private static final String LOGIN_RECORDED = EntryFilter.class.getName() + ".recorded";

  private static final String GATE_OPEN = EntryFilter.class.getName() + ".open";

  @EJB private LoginEvents loginEvents;

  @EJB private EntryGate gate;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String login = request.getRemoteUser();
    if (login == null) {
      chain.doFilter(request, response);
      return;
    }
    if (HttpServletRequest.BASIC_AUTH.equals(request.getAuthType())) {
      basicClient(login, request, response, chain);
      return;
    }
    HttpSession session = request.getSession();
    if (!login.equals(session.getAttribute(LOGIN_RECORDED))) {
      loginEvents.recordSuccess();
      session.setAttribute(LOGIN_RECORDED, login);
    }
    String path = request.getServletPath();
    if (login.equals(session.getAttribute(GATE_OPEN)) || alwaysOpen(path)) {
      chain.doFilter(request, response);
      return;
    }
    Step step = gate.nextStepOfCaller();
    String stepPage =
        switch (step) {
          case CHANGE_PASSWORD -> PASSWORD_PAGE;
          case ACCEPT_PLEDGE -> PLEDGE_PAGE;
          case NONE -> null;
        };
    if (stepPage == null) {
      session.setAttribute(GATE_OPEN, login);
      chain.doFilter(request, response);
    } else if (stepPage.equals(path)) {
      chain.doFilter(request, response);
    } else if (isApi(request)) {
      refuseApi(response, step);
    } else {
      redirect(request, response, request.getContextPath() + stepPage);
    }
  }

  /**
   * An API client with HTTP Basic credentials (issue 23): no session is created for it (each call
   * carries its credentials), its login is recorded once per interval ({@link ApiLogins}), and the
   * first step is asked on every call, as it would be on a new session.
   */
  private void basicClient(
      String login, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (ApiLogins.shouldRecord(login)) {
      loginEvents.recordSuccess();
    }
    String path = request.getServletPath();
    Step step = alwaysOpen(path) ? Step.NONE : gate.nextStepOfCaller();
    String stepPage =
        switch (step) {
          case CHANGE_PASSWORD -> PASSWORD_PAGE;
          case ACCEPT_PLEDGE -> PLEDGE_PAGE;
          case NONE -> null;
        };
    if (stepPage == null || stepPage.equals(path)) {
      chain.doFilter(request, response);
    } else if (isApi(request)) {
      refuseApi(response, step);
    } else {
      redirect(request, response, request.getContextPath() + stepPage);
    }
  }

  /** A call of the JSON API (not a page): it gets a JSON refusal, never a redirect to a page. */
  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /**
   * 403 with the API's error body: the step the person must first take in the portal (change the
   * temporary password, accept the pledge).
   */
  private static void refuseApi(HttpServletResponse response, Step step) throws IOException {
    String key = step == Step.CHANGE_PASSWORD ? PASSWORD_FIRST : PLEDGE_FIRST;
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            JsonBuilders.object()
                .add("error", key)
                .add("args", JsonBuilders.array())
                .add("message", Messages.format(Messages.LITHUANIAN, key))
                .add("messageEn", Messages.format(Locale.ENGLISH, key))
                .build()
                .toString());
  }

  /** Stylesheets and scripts, the error pages and the login entry points need no step. */
  private static boolean alwaysOpen(String path) {
    return path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/error/")
        || path.equals("/login")
        || path.equals("/login-failed")
        || path.equals("/login.xhtml");
  }

  private static void redirect(
      HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target
                  + "\"/></partial-response>");
    } else {
      response.sendRedirect(target);
    }
  }
}
