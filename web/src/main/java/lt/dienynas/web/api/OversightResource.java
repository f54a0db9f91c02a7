package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.oversight.FillingDashboard;
import lt.dienynas.oversight.FillingDashboardService;
import lt.dienynas.oversight.FillingFigure;
import lt.dienynas.oversight.FillingGap;
import lt.dienynas.oversight.FillingScope;
import lt.dienynas.oversight.MarkingPractice;
import lt.dienynas.oversight.MarkingPracticeService;
import lt.dienynas.oversight.MonthlyCheckService;
import lt.dienynas.oversight.MonthlyCheckView;

/**
 * The filling oversight over the API (§19, §20): the dashboard of a period and the list behind each
 * figure, the monthly checks (§19.13) and the marking practice (§19.6), with the same services and
 * access rules as the portal's pages. A check is written with {@code If-Match} (its {@code
 * version}) or {@code If-None-Match: *} for the month's first, and answers with its new {@code
 * ETag}; a stale one is 409.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OversightResource {
  @Inject private FillingDashboardService dashboards;

  @Inject private MonthlyCheckService checks;

  @Inject private MarkingPracticeService practices;

  /** The findings of a monthly check. */
  public record Findings(String findings) {}

  /** The dashboard of the school ({@code scope=SCHOOL}) or of the non-formal groups. */
  @GET
  @Path("school-years/{yearId}/filling")
  public FillingDashboard dashboard(
      @PathParam("yearId") long yearId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("scope") String scope) {
    return dashboards.dashboard(
        yearId,
        Params.requiredDate("from", from),
        Params.requiredDate("to", to),
        Params.enumValue(FillingScope.class, "scope", scope, FillingScope.SCHOOL));
  }

  /**
   * The gaps of one figure: of a teacher, a class or a non-formal group, or (none given) the
   * calling teacher's own.
   */
  @GET
  @Path("school-years/{yearId}/filling/{figure}")
  public List<FillingGap> gaps(
      @PathParam("yearId") long yearId,
      @PathParam("figure") String figure,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("scope") String scope,
      @QueryParam("teacher") Long teacher,
      @QueryParam("class") Long classId,
      @QueryParam("group") Long group) {
    FillingFigure chosen = Params.enumValue(FillingFigure.class, "figure", figure, null);
    LocalDate first = Params.requiredDate("from", from);
    LocalDate last = Params.requiredDate("to", to);
    if (teacher != null) {
      return dashboards.ofTeacher(
          yearId,
          first,
          last,
          Params.enumValue(FillingScope.class, "scope", scope, FillingScope.SCHOOL),
          chosen,
          teacher);
    }
    if (classId != null) {
      return dashboards.ofClass(yearId, first, last, chosen, classId);
    }
    if (group != null) {
      return dashboards.ofNonFormalGroup(yearId, first, last, chosen, group);
    }
    return dashboards.mine(yearId, first, last, chosen);
  }

  /** The monthly checks recorded in the year. */
  @GET
  @Path("school-years/{yearId}/monthly-checks")
  public List<MonthlyCheckView> monthlyChecks(@PathParam("yearId") long yearId) {
    return checks.ofYear(yearId);
  }

  /** The deputy records the month's check, for the school or ({@code class}) one class. */
  @PUT
  @Path("school-years/{yearId}/monthly-checks/{month}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordMonthlyCheck(
      @PathParam("yearId") long yearId,
      @PathParam("month") String month,
      @QueryParam("class") Long classId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      Findings findings) {
    Params.body(findings);
    YearMonth checked = Params.month(month, null);
    MonthlyCheckView view =
        checks.record(
            yearId, checked, classId, findings.findings(), Versions.expected(ifMatch, ifNoneMatch));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  /** The marking practice of the period: every teacher's, or ({@code teacher}) one's. */
  @GET
  @Path("school-years/{yearId}/marking-practice")
  public List<MarkingPractice> markingPractice(
      @PathParam("yearId") long yearId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("teacher") Long teacher) {
    return practices.practice(
        yearId, Params.requiredDate("from", from), Params.requiredDate("to", to), teacher);
  }
}
