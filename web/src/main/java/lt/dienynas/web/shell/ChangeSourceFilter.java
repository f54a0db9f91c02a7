package lt.dienynas.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import lt.dienynas.history.ChangeSource;

/**
 * Names where the request's changes come from for the history (§19.7): an API call by its method
 * and path ("api PUT /v1/marks"), a page by its view ("screen /journal/grid.xhtml").
 */
@WebFilter(urlPatterns = "/*")
public class ChangeSourceFilter extends HttpFilter {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private ChangeSource source;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    if (path.startsWith("/api")) {
      String info = request.getPathInfo();
      source.name("api " + request.getMethod() + " " + (info == null ? path : info));
    } else {
      source.name("screen " + path);
    }
    chain.doFilter(request, response);
  }
}
