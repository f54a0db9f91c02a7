package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.yearend.ClassReportService;
import lt.dienynas.yearend.ClassReportView;
import lt.dienynas.yearend.StoredFile;

/**
 * The class teacher's semester and annual reports over the API (§21.17, §32): read with their
 * deadlines, prepared, confirmed, accepted or returned; the same service and access rules as the
 * portal page. A write takes {@code If-Match} (the report's {@code version}), or {@code
 * If-None-Match: *} for the first preparation, and answers the report with its new {@code ETag}; a
 * stale one is 409.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassReportResource {
  @Inject private ClassReportService reports;

  /** The deputy's comment when returning a report. */
  public record Comment(String comment) {}

  @GET
  @Path("classes/{classId}/reports")
  public List<ClassReportView> ofClass(@PathParam("classId") long classId) {
    return reports.ofClass(classId);
  }

  /** Every class's reports of the year; {@code overdue=true}: only those past their deadline. */
  @GET
  @Path("school-years/{yearId}/class-reports")
  public List<ClassReportView> ofYear(
      @PathParam("yearId") long yearId, @QueryParam("overdue") boolean overdue) {
    return overdue ? reports.overdue(yearId) : reports.ofYear(yearId);
  }

  @GET
  @Path("classes/{classId}/reports/{period}")
  public Response one(@PathParam("classId") long classId, @PathParam("period") String period) {
    PeriodKind kind = period(period);
    ClassReportView view =
        reports.ofClass(classId).stream().filter(v -> v.period() == kind).findFirst().orElseThrow();
    return tagged(view);
  }

  @GET
  @Path("classes/{classId}/reports/{period}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("classId") long classId, @PathParam("period") String period) {
    StoredFile file = reports.document(classId, period(period));
    return Response.ok(file.content(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }

  @POST
  @Path("classes/{classId}/reports/{period}/prepare")
  public Response prepare(
      @PathParam("classId") long classId,
      @PathParam("period") String period,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    return tagged(
        reports.prepare(classId, period(period), Versions.expected(ifMatch, ifNoneMatch)));
  }

  @POST
  @Path("classes/{classId}/reports/{period}/confirm")
  public Response confirm(
      @PathParam("classId") long classId,
      @PathParam("period") String period,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(reports.confirm(classId, period(period), Versions.expected(ifMatch)));
  }

  @POST
  @Path("classes/{classId}/reports/{period}/accept")
  public Response accept(
      @PathParam("classId") long classId,
      @PathParam("period") String period,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(reports.accept(classId, period(period), Versions.expected(ifMatch)));
  }

  @POST
  @Path("classes/{classId}/reports/{period}/return")
  public Response giveBack(
      @PathParam("classId") long classId,
      @PathParam("period") String period,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Comment comment) {
    Params.body(comment);
    return tagged(
        reports.giveBack(classId, period(period), comment.comment(), Versions.expected(ifMatch)));
  }

  private static Response tagged(ClassReportView view) {
    Response.ResponseBuilder ok = Response.ok(view);
    if (view.version() != null) {
      ok.tag(Versions.tag(view.version()));
    }
    return ok.build();
  }

  private static PeriodKind period(String value) {
    try {
      return PeriodKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new BusinessException("classReport.periodRequired");
    }
  }
}
