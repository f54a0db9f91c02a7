package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.reporting.management.ManagementReport;
import lt.dienynas.reporting.management.ManagementReportService;
import lt.dienynas.reporting.management.PeriodChoice;
import lt.dienynas.shared.Messages;

/**
 * The management reports over the API (§19.12): attendance and achievement by class, by class and
 * subject and by subject for a span, as JSON, CSV and PDF/A; the same service as the page.
 */
@Path("v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ManagementReportResource {
  @Inject private ManagementReportService reports;

  @GET
  @Path("periods")
  public List<PeriodChoice> periods() {
    return reports.periods();
  }

  @GET
  @Path("management")
  public ManagementReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
    return reports.report(from(from), to(to));
  }

  @GET
  @Path("management.csv")
  @Produces("text/csv")
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate start = from(from);
    LocalDate end = to(to);
    return Response.ok(reports.csv(start, end, Messages.LITHUANIAN), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"ataskaita-" + start + "-" + end + ".csv\"")
        .build();
  }

  @GET
  @Path("management.pdf")
  @Produces("application/pdf")
  public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate start = from(from);
    LocalDate end = to(to);
    return Response.ok(reports.pdf(start, end, Messages.LITHUANIAN), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"ataskaita-" + start + "-" + end + ".pdf\"")
        .build();
  }

  private static LocalDate from(String value) {
    return Params.requiredDate("from", value);
  }

  private static LocalDate to(String value) {
    return Params.requiredDate("to", value);
  }
}
