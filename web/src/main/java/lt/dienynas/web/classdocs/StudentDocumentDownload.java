package lt.dienynas.web.classdocs;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import lt.dienynas.classdocs.DownloadFile;
import lt.dienynas.classdocs.StudentDocumentService;
import lt.dienynas.security.AccessDeniedException;

/**
 * Downloads a student's document from another institution ({@code /classdocs/document?id=…}); the
 * service lets only who may read the student's documents have it.
 */
@WebServlet("/classdocs/document")
public class StudentDocumentDownload extends HttpServlet {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private transient StudentDocumentService documents;

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
    DownloadFile file;
    try {
      file = documents.file(id);
    } catch (AccessDeniedException | jakarta.ejb.EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    byte[] content = file.content();
    response.setContentType(file.contentType());
    response.setContentLength(content.length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.getOutputStream().write(content);
  }
}
