package lt.dienynas.web.correction;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import lt.dienynas.correction.CorrectionService;
import lt.dienynas.security.AccessDeniedException;

/** The act printed in the Annex 1 layout, as a PDF download. */
@WebServlet("/correction/act.pdf")
public class CorrectionPdf extends HttpServlet {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private transient CorrectionService corrections;

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
    byte[] pdf;
    try {
      pdf = corrections.pdf(id);
    } catch (AccessDeniedException | jakarta.ejb.EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType("application/pdf");
    response.setContentLength(pdf.length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", "inline; filename=\"aktas-" + id + ".pdf\"");
    response.getOutputStream().write(pdf);
  }
}
