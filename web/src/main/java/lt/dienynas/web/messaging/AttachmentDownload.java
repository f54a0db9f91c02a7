package lt.dienynas.web.messaging;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import lt.dienynas.messaging.MessageAttachment;
import lt.dienynas.messaging.MessageService;
import lt.dienynas.security.AccessDeniedException;

/**
 * Downloads a message's attachment ({@code /messaging/attachment?id=…}); the service lets only the
 * message's sender and recipients have it.
 */
@WebServlet("/messaging/attachment")
public class AttachmentDownload extends HttpServlet {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private transient MessageService messages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    MessageAttachment file;
    try {
      file = messages.attachment(id);
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    byte[] content = file.getContent();
    response.setContentType(file.getContentType());
    response.setContentLength(content.length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.getOutputStream().write(content);
  }
}
