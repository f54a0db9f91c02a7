package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.classwork.ClassEventService;
import lt.dienynas.classwork.ClassEventView;
import lt.dienynas.classwork.ClassLogEntryView;
import lt.dienynas.classwork.ClassLogInput;
import lt.dienynas.classwork.ClassLogLag;
import lt.dienynas.classwork.ClassLogService;
import lt.dienynas.classwork.SocialCivicClassView;
import lt.dienynas.classwork.SocialCivicInput;
import lt.dienynas.classwork.SocialCivicService;
import lt.dienynas.classwork.SocialCivicStudentView;
import lt.dienynas.shared.SchoolClock;

/**
 * The class teacher's records over the API (§21.6, §21.9, §21.12, §21.13): the class log, the
 * classes whose log is behind, the social-civic hours of a class and of a student, and the month's
 * class events; the same services and access rules as the portal pages. A change or removal takes
 * {@code If-Match} (the record's {@code version}); a stale one is 409.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassworkResource {
  @Inject private ClassLogService log;
  @Inject private SocialCivicService socialCivic;
  @Inject private ClassEventService events;
  @Inject private SchoolClock clock;

  @GET
  @Path("classes/{classId}/class-log")
  public List<ClassLogEntryView> classLog(@PathParam("classId") long classId) {
    return log.ofClass(classId);
  }

  @POST
  @Path("classes/{classId}/class-log")
  public Response addToClassLog(@PathParam("classId") long classId, ClassLogInput input) {
    ClassLogEntryView entry = log.add(classId, Params.body(input));
    return Response.status(Response.Status.CREATED)
        .entity(entry)
        .tag(Versions.tag(entry.version()))
        .build();
  }

  @PUT
  @Path("class-log/{entryId}")
  public Response changeClassLogEntry(
      @PathParam("entryId") long entryId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ClassLogInput input) {
    ClassLogEntryView entry = log.change(entryId, Params.body(input), Versions.expected(ifMatch));
    return Response.ok(entry).tag(Versions.tag(entry.version())).build();
  }

  @DELETE
  @Path("class-log/{entryId}")
  public Response removeClassLogEntry(
      @PathParam("entryId") long entryId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    log.remove(entryId, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  /** The year's grade classes without a log entry in the last week (management). */
  @GET
  @Path("school-years/{yearId}/class-log-behind")
  public List<ClassLogLag> classLogBehind(@PathParam("yearId") long yearId) {
    return log.behind(yearId);
  }

  @GET
  @Path("classes/{classId}/social-civic")
  public SocialCivicClassView classSocialCivic(@PathParam("classId") long classId) {
    return socialCivic.ofClass(classId);
  }

  /** One activity's hours for several students of the class at once. */
  @POST
  @Path("classes/{classId}/social-civic")
  public Response recordSocialCivic(@PathParam("classId") long classId, SocialCivicInput input) {
    return Response.status(Response.Status.CREATED)
        .entity(socialCivic.record(classId, Params.body(input)))
        .build();
  }

  @DELETE
  @Path("social-civic/{entryId}")
  public Response removeSocialCivicEntry(
      @PathParam("entryId") long entryId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    socialCivic.remove(entryId, Versions.expected(ifMatch));
    return Response.noContent().build();
  }

  /** A student's hours of the year: the student, their guardians, class teacher, management. */
  @GET
  @Path("students/{studentId}/social-civic")
  public SocialCivicStudentView studentSocialCivic(@PathParam("studentId") long studentId) {
    return socialCivic.ofStudent(studentId);
  }

  /** A class's events of a month ({@code month=2030-10}; this month if none). */
  @GET
  @Path("classes/{classId}/events")
  public List<ClassEventView> classEvents(
      @PathParam("classId") long classId, @QueryParam("month") String month) {
    return events.ofClass(classId, Params.month(month, YearMonth.from(clock.today())));
  }

  /** The caller's own classes' events of a month: a guardian's children's, a student's own. */
  @GET
  @Path("me/class-events")
  public List<ClassEventView> myClassEvents(@QueryParam("month") String month) {
    return events.mine(Params.month(month, YearMonth.from(clock.today())));
  }
}
