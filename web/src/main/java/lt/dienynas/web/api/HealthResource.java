package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import lt.dienynas.health.HealthService;
import lt.dienynas.health.HealthService.NoticeView;
import lt.dienynas.health.HealthService.RecordView;
import lt.dienynas.health.HealthService.StudentHit;

/**
 * Sveikatos duomenys over the API (§7.2, §28): the health specialist finds a student, keeps their
 * health record ({@code If-Match}: the record's version, {@code If-None-Match: *} for the first
 * one) and sends notices about them to the student's teachers; the director reads; a teacher reads
 * the notices sent to them. The same service and access rules as the pages {@code /health/*}.
 */
@Path("v1/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HealthResource {
  @Inject private HealthService health;

  /** The record's new text. */
  public record RecordInput(String body) {}

  /** A notice's text. */
  public record NoticeInput(String body) {}

  @GET
  @Path("students")
  public List<StudentHit> search(@QueryParam("q") String query) {
    return health.searchStudents(query);
  }

  @GET
  @Path("students/{studentId}/record")
  public Response record(@PathParam("studentId") long studentId) {
    RecordView record = health.record(studentId);
    Response.ResponseBuilder ok = Response.ok(record);
    if (record.version() != null) {
      ok.tag(Versions.tag(record.version()));
    }
    return ok.build();
  }

  @PUT
  @Path("students/{studentId}/record")
  public Response saveRecord(
      @PathParam("studentId") long studentId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      RecordInput input) {
    Params.body(input);
    health.saveRecord(
        studentId, Params.required("body", input.body()), Versions.expected(ifMatch, ifNoneMatch));
    RecordView saved = health.record(studentId);
    return Response.ok(saved).tag(Versions.tag(saved.version())).build();
  }

  @GET
  @Path("students/{studentId}/recipients")
  public List<String> recipients(@PathParam("studentId") long studentId) {
    return health.recipientsOf(studentId);
  }

  @GET
  @Path("students/{studentId}/notices")
  public List<NoticeView> noticesAbout(@PathParam("studentId") long studentId) {
    return health.noticesAbout(studentId);
  }

  @POST
  @Path("students/{studentId}/notices")
  public Response sendNotice(@PathParam("studentId") long studentId, NoticeInput input) {
    Params.body(input);
    int count = health.sendNotice(studentId, input.body());
    return Response.status(Response.Status.CREATED).entity(new Requests.Count(count)).build();
  }

  @GET
  @Path("notices/sent")
  public List<NoticeView> sent() {
    return health.sentByMe();
  }

  @GET
  @Path("notices/received")
  public List<NoticeView> received() {
    return health.myNotices();
  }
}
