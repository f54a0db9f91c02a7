package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import lt.dienynas.reporting.LoginAnalyticsService;
import lt.dienynas.reporting.LoginAnalyticsService.ClassLogins;
import lt.dienynas.reporting.LoginAnalyticsService.PersonLogins;
import lt.dienynas.security.AccessRefusal;
import lt.dienynas.security.RefusalLog;
import lt.dienynas.shared.Messages;

/**
 * The refused accesses and the login report over the API: the latest refusals (the DB admin and the
 * director, as {@code /security/refusals.xhtml}) and the login analytics of §18.10 (the management
 * and the DB admin, as {@code /reports/logins.xhtml}): per class of a school year how many students
 * and guardians logged in over a period, per person of a class how often and when last, the class's
 * table as CSV.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LoginReportResource {
  /** As many refusals as the page lists. */
  private static final int MAX_REFUSALS = 200;

  @Inject private RefusalLog refusals;
  @Inject private LoginAnalyticsService logins;

  /** One refused access: when, whose login, the rule's action and what it was about. */
  public record Refusal(
      long id,
      LocalDateTime occurredAt,
      String login,
      String action,
      String targetType,
      String targetId) {

    static Refusal of(AccessRefusal r) {
      return new Refusal(
          r.getId(),
          r.getOccurredAt(),
          r.getLogin(),
          r.getAction(),
          r.getTargetType(),
          r.getTargetId());
    }
  }

  @GET
  @Path("access-refusals")
  public List<Refusal> refusals() {
    return refusals.latest(MAX_REFUSALS).stream().map(Refusal::of).toList();
  }

  @GET
  @Path("school-years/{yearId}/logins")
  public List<ClassLogins> byClass(
      @PathParam("yearId") long yearId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return logins.byClass(yearId, Params.requiredDate("from", from), Params.requiredDate("to", to));
  }

  @GET
  @Path("classes/{classId}/logins")
  public List<PersonLogins> ofClass(
      @PathParam("classId") long classId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return logins.ofClass(
        classId, Params.requiredDate("from", from), Params.requiredDate("to", to));
  }

  @GET
  @Path("classes/{classId}/logins/csv")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  public Response csv(
      @PathParam("classId") long classId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    String csv =
        logins.exportCsv(
            classId,
            Params.requiredDate("from", from),
            Params.requiredDate("to", to),
            Messages.LITHUANIAN);
    return Response.ok(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", "attachment; filename=\"prisijungimai-" + classId + ".csv\"")
        .build();
  }
}
