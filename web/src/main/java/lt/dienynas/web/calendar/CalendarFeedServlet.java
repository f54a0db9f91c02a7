package lt.dienynas.web.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import lt.dienynas.calendar.CalendarFeedService;
import lt.dienynas.calendar.CalendarFeedService.FeedEvent;

/**
 * The iCalendar feed at {@code /calendar/<secret>.ics}, for calendar programs (no login: the secret
 * is the key). An unknown or revoked secret is 404, like any other missing page.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private transient CalendarFeedService feeds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    String token =
        path == null || !path.endsWith(".ics") ? null : path.substring(1, path.length() - 4);
    Optional<List<FeedEvent>> events = feeds.feed(token);
    if (events.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = IcsWriter.write(events.get()).getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=UTF-8");
    response.setHeader("Cache-Control", "private, max-age=900");
    response.setHeader("Content-Disposition", "inline; filename=\"dienynas.ics\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
