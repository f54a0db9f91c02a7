package lt.dienynas.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import lt.dienynas.shared.JsonBuilders;
import lt.dienynas.shared.Messages;

/**
 * CSRF defence of the JSON API (issue 23). A write ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE}) that a browser sends with the portal's session cookie must come from the portal's
 * own pages: a browser names the page's origin in {@code Origin} (and {@code Sec-Fetch-Site}) on
 * every such request, and another site cannot forge those headers. A cross-origin one is refused
 * with 403 and a Lithuanian JSON error before it reaches a resource. The same holds with HTTP Basic
 * credentials, which a browser may also have cached and add on its own. Requests without either
 * header (API clients such as curl or an import script) are not affected; reads never change
 * anything and are let through.
 */
@WebFilter(urlPatterns = "/api/*")
public class CrossOriginWriteFilter extends HttpFilter {
  @Serial private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(CrossOriginWriteFilter.class.getName());

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  static final String ERROR = "api.crossOrigin";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))
        || sameOrigin(request)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.warning(
        () ->
            "Cross-origin API write refused: "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + " from origin "
                + request.getHeader("Origin"));
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            JsonBuilders.object()
                .add("error", ERROR)
                .add("args", JsonBuilders.array())
                .add("message", Messages.format(Messages.LITHUANIAN, ERROR))
                .add("messageEn", Messages.format(Locale.ENGLISH, ERROR))
                .build()
                .toString());
  }

  /**
   * Whether the browser says the request comes from the portal's own origin. {@code Sec-Fetch-Site}
   * is {@code same-origin} (or {@code none}: typed by the person) for the portal's pages; {@code
   * Origin} names the page's scheme, host and port, compared with the host the request was sent to.
   * Neither header: not a browser's cross-site request.
   */
  static boolean sameOrigin(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null
        && !fetchSite.equalsIgnoreCase("same-origin")
        && !fetchSite.equalsIgnoreCase("none")) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String host = request.getHeader("Host");
    if (host == null || origin.equals("null")) {
      return false;
    }
    try {
      URI uri = URI.create(origin.strip());
      if (uri.getHost() == null) {
        return false;
      }
      int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
      return (uri.getHost() + ":" + port)
          .equalsIgnoreCase(normalisedHost(host, request.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String normalisedHost(String host, String scheme) {
    String h = host.strip();
    int colon = h.lastIndexOf(':');
    if (colon > 0 && h.indexOf(']') < colon) {
      return h;
    }
    return h + ":" + defaultPort(scheme);
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
