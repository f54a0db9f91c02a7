package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.DayOfWeek;
import java.util.List;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.timetable.NewTimetableSlot;
import lt.dienynas.timetable.TimetableEntry;
import lt.dienynas.timetable.TimetableService;

/** The timetable over the API. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimetableResource {
  @Inject private SchoolClock clock;

  @Inject private TimetableService timetable;

  @GET
  @Path("timetable/mine")
  public List<TimetableEntry> mine(@QueryParam("date") String date) {
    return timetable.mine(Params.date(date, clock.today()));
  }

  @GET
  @Path("classes/{classId}/timetable")
  public List<TimetableEntry> ofClass(
      @PathParam("classId") long classId, @QueryParam("date") String date) {
    return timetable.ofClass(classId, Params.date(date, clock.today()));
  }

  @POST
  @Path("timetable")
  public Response add(Requests.NewSlot slot) {
    Params.body(slot);
    int weekday = Params.required("weekday", slot.weekday());
    if (weekday < 1 || weekday > 5) {
      throw new BusinessException("timetable.weekday");
    }
    long id =
        timetable.add(
            new NewTimetableSlot(
                Params.required("groupId", slot.groupId()),
                Params.required("subjectId", slot.subjectId()),
                slot.teacherId(),
                DayOfWeek.of(weekday),
                Params.required("lessonNumber", slot.lessonNumber()),
                slot.room(),
                Params.required("validFrom", slot.validFrom())));
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  /** One weekly lesson with its version as ETag, for its teacher or the DB admin. */
  @GET
  @Path("timetable/{slotId}")
  public Response slot(@PathParam("slotId") long slotId) {
    TimetableEntry entry = timetable.slot(slotId);
    return Response.ok(entry).tag(Versions.tag(entry.version())).build();
  }

  /**
   * The weekly lesson is no longer given from a date; with {@code If-Match} (the ETag read) only if
   * nobody changed or removed it since (409 with what it is now otherwise).
   */
  @DELETE
  @Path("timetable/{slotId}")
  public Response end(
      @PathParam("slotId") long slotId,
      @QueryParam("from") String from,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Integer expected = Versions.expected(ifMatch);
    timetable.end(slotId, Params.requiredDate("from", from), expected);
    return Response.noContent().build();
  }

  @DELETE
  @Path("teachers/{teacherId}/timetable")
  public Requests.Count removeTeacher(
      @PathParam("teacherId") long teacherId, @QueryParam("from") String from) {
    return new Requests.Count(
        timetable.removeTeacher(teacherId, Params.requiredDate("from", from)));
  }
}
