package lt.dienynas.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;
import lt.dienynas.shared.JsonBuilders;
import lt.dienynas.shared.Messages;

/**
 * An upload above the limit is answered with a message, never a connection reset or a 500 (#23).
 *
 * <p>A page's form with files (message attachments, registry imports, archive packages) above 11
 * MB, or with a file above 8 MB, is read to its end and thrown away, and the browser is sent to
 * {@code /error/upload.xhtml}, which says in the person's language how large a file may be and
 * links back to the page. Reading it to the end is what lets the browser see the answer at all: a
 * server that stops reading in the middle of an upload closes the connection (HTTP/2: resets the
 * stream), which the browser shows as a reset. That is why the Faces servlet's {@code
 * multipart-config} (web.xml) sets no size limit of its own: Undertow would stop reading at it. The
 * server reads at most the HTTP listener's {@code max-post-size} (64 MB,
 * config/src/main/cli/configure.cli); a larger request is cut off by the server.
 *
 * <p>The JSON API takes no files but one: a body above 1 MB is refused with 413 and a Lithuanian
 * JSON error before a resource reads it into memory; a student's document (POST
 * /api/v1/students/{id}/documents, the file as the body) may have the attachment rules' 5 MB, and
 * must say its length.
 */
@WebFilter(servletNames = "Faces Servlet", urlPatterns = "/api/*")
public class UploadLimitFilter extends HttpFilter {
  @Serial private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(UploadLimitFilter.class.getName());

  /** The largest form with files: the attachments' 10 MB with room for the form around them. */
  static final long MAX_FORM_BYTES = 11_534_336;

  /** The largest file of a form (registry exports of 4 million characters fit). */
  static final long MAX_FILE_BYTES = 8_388_608;

  /** The largest JSON body the API reads. */
  static final long MAX_API_BYTES = 1_048_576;

  /** The one API write that takes a file: a student's document (the attachment rules' 5 MB). */
  static final long MAX_API_DOCUMENT_BYTES = lt.dienynas.messaging.AttachmentRules.MAX_FILE_BYTES;

  private static final java.util.regex.Pattern STUDENT_DOCUMENT_UPLOAD =
      java.util.regex.Pattern.compile("/api/v1/students/\\d+/documents");

  static final String ERROR = "upload.tooLarge";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equalsIgnoreCase(request.getMethod())
        && !"PUT".equalsIgnoreCase(request.getMethod())
        && !"PATCH".equalsIgnoreCase(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    long length = request.getContentLengthLong();
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      long limit =
          STUDENT_DOCUMENT_UPLOAD
                  .matcher(request.getRequestURI().substring(request.getContextPath().length()))
                  .matches()
              ? MAX_API_DOCUMENT_BYTES
              : MAX_API_BYTES;
      if (length > limit || (length < 0 && limit == MAX_API_DOCUMENT_BYTES)) {
        drain(request);
        refuseApi(response, limit);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    if (length > MAX_FORM_BYTES) {
      drain(request);
      refusePage(request, response);
      return;
    }
    // parsed here once, to the end (the parts stay with the request for Faces): in UTF-8, as the
    // pages are and as Faces would decode them (a browser names no charset in a multipart form)
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    long total = 0;
    boolean tooLarge = false;
    for (Part part : request.getParts()) {
      total += part.getSize();
      tooLarge |= part.getSize() > MAX_FILE_BYTES;
    }
    if (tooLarge || total > MAX_FORM_BYTES) {
      for (Part part : request.getParts()) {
        part.delete();
      }
      refusePage(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Reads the rest of the request and throws it away, so that the answer reaches the browser. */
  private static void drain(HttpServletRequest request) {
    byte[] buffer = new byte[65_536];
    try {
      ServletInputStream in = request.getInputStream();
      while (in.read(buffer) != -1) {
        // thrown away
      }
    } catch (IOException | IllegalStateException e) {
      // above the server's max-post-size: the server ends the request itself
      LOG.fine(() -> "Upload not drained: " + e);
    }
  }

  private static void refusePage(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    LOG.info(
        () ->
            "Upload above the limit refused: "
                + request.getRequestURI()
                + ", "
                + request.getContentLengthLong()
                + " bytes");
    String page = request.getServletPath();
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location",
        request.getContextPath()
            + "/error/upload.xhtml?page="
            + URLEncoder.encode(page == null ? "" : page, StandardCharsets.UTF_8));
  }

  private static void refuseApi(HttpServletResponse response, long bytes) throws IOException {
    String limit = megabytes(bytes);
    response.setStatus(413);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            JsonBuilders.object()
                .add("error", ERROR)
                .add("args", JsonBuilders.array().add(limit))
                .add("message", Messages.format(Messages.LITHUANIAN, ERROR, limit))
                .add("messageEn", Messages.format(Locale.ENGLISH, ERROR, limit))
                .build()
                .toString());
  }

  /** A size as the messages write it: "8 MB". */
  static String megabytes(long bytes) {
    return (bytes / (1024 * 1024)) + " MB";
  }
}
