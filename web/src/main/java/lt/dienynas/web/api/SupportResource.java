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
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import lt.dienynas.journal.Versioned;
import lt.dienynas.reporting.management.AttendanceRow;
import lt.dienynas.reporting.management.ManagementReportService;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.support.ProgressNoteService;
import lt.dienynas.support.RiskGroupService;
import lt.dienynas.support.StudentWatch;
import lt.dienynas.support.WatchListService;
import lt.dienynas.support.WatchRow;

/**
 * The specialists' watch lists over the API (§24–§27): the list, one supported student over time,
 * progress notes written and corrected ({@code If-Match}: the note's version), the social
 * pedagogue's risk group flag ({@code If-Match} the flag's version, {@code If-None-Match: *} for
 * the first) and the school's monthly attendance (§24.1); the same services and access rules as the
 * pages.
 */
@Path("v1/support")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportResource {
  @Inject private WatchListService watch;
  @Inject private ProgressNoteService progress;
  @Inject private RiskGroupService risk;
  @Inject private ManagementReportService reports;
  @Inject private SchoolClock clock;

  /** A progress note to write: its day and text. */
  public record NoteInput(String date, String text) {}

  /** The risk group flag to set: in or out, and why. */
  public record RiskInput(Boolean inGroup, String reason) {}

  @GET
  @Path("watch-list")
  public List<WatchRow> watchList(@QueryParam("from") String from, @QueryParam("to") String to) {
    return watch.myWatchList(Params.date(from, null), Params.date(to, null));
  }

  @GET
  @Path("students/{studentId}")
  public StudentWatch student(
      @PathParam("studentId") long studentId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return watch.student(studentId, Params.date(from, null), Params.date(to, null));
  }

  @POST
  @Path("students/{studentId}/progress-notes")
  public Response addNote(@PathParam("studentId") long studentId, NoteInput input) {
    Params.body(input);
    long id = progress.add(studentId, Params.requiredDate("date", input.date()), input.text());
    return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
  }

  @PUT
  @Path("progress-notes/{noteId}")
  public Response changeNote(
      @PathParam("noteId") long noteId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      NoteInput input) {
    Params.body(input);
    Integer version = Params.required("If-Match", Versions.expected(ifMatch));
    progress.change(noteId, version, Params.requiredDate("date", input.date()), input.text());
    return Response.noContent().build();
  }

  @PUT
  @Path("students/{studentId}/risk-group")
  public Response setRiskGroup(
      @PathParam("studentId") long studentId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      RiskInput input) {
    Params.body(input);
    Integer version = Params.required("If-Match", Versions.expected(ifMatch, ifNoneMatch));
    risk.set(
        studentId,
        Params.required("inGroup", input.inGroup()),
        input.reason(),
        version == Versioned.ABSENT ? null : version);
    return Response.noContent().build();
  }

  @GET
  @Path("school-attendance")
  public List<AttendanceRow> schoolAttendance(@QueryParam("month") String month) {
    return reports.monthlyAttendance(Params.month(month, YearMonth.from(clock.today())));
  }
}
