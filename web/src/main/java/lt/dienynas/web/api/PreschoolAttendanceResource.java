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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.preschool.ChildMark;
import lt.dienynas.preschool.ChildMonth;
import lt.dienynas.preschool.GroupDay;
import lt.dienynas.preschool.MorningCheck;
import lt.dienynas.preschool.OpenDay;
import lt.dienynas.preschool.PreschoolAttendanceService;
import lt.dienynas.preschool.PresenceStatus;
import lt.dienynas.preschool.SheetFile;
import lt.dienynas.preschool.SheetView;
import lt.dienynas.shared.BusinessException;

/**
 * The pre-school groups' daily attendance over the API (§22.4, §22.7, §22.9): the group's day read
 * and saved at once, a day marked not filled, the open days, the deputy's 9:30 check, the
 * justification documents, the monthly sheet submitted, approved or returned, and a child's month
 * for the guardian — the same service and access rules as the portal pages. A write of a day or a
 * sheet takes {@code If-Match} (its {@code version}), or {@code If-None-Match: *} when there was
 * none yet, and answers with the new {@code ETag}; a stale one is 409.
 */
@Path("v1/preschool")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreschoolAttendanceResource {
  @Inject private PreschoolAttendanceService attendance;

  /** One child's mark: {@code PRESENT}, {@code ABSENT} or {@code LATE} with {@code arrivedAt}. */
  public record Mark(Long studentId, String status, String arrivedAt) {}

  /** The day's marks; the children not listed are present. */
  public record DayMarks(List<Mark> marks) {}

  /** Why the day was not filled. */
  public record Reason(String reason) {}

  /** The deputy's comment when returning a sheet. */
  public record Comment(String comment) {}

  /** A justification document for a child's absences from {@code from} to {@code to}. */
  public record Justification(
      Long studentId, LocalDate from, LocalDate to, String reason, String document) {}

  @GET
  @Path("groups/{groupId}/days/{day}")
  public Response day(@PathParam("groupId") long groupId, @PathParam("day") String day) {
    return tagged(attendance.day(groupId, Params.requiredDate("day", day)));
  }

  @PUT
  @Path("groups/{groupId}/days/{day}")
  public Response saveDay(
      @PathParam("groupId") long groupId,
      @PathParam("day") String day,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      DayMarks body) {
    Params.body(body);
    List<ChildMark> marks = new ArrayList<>();
    for (Mark m : body.marks() == null ? List.<Mark>of() : body.marks()) {
      if (m == null) {
        throw new BusinessException("api.badValue", "marks");
      }
      marks.add(
          new ChildMark(
              Params.required("studentId", m.studentId()),
              Params.enumValue(PresenceStatus.class, "status", m.status(), null),
              Params.time("arrivedAt", m.arrivedAt())));
    }
    return tagged(
        attendance.saveDay(
            groupId,
            Params.requiredDate("day", day),
            marks,
            Versions.expected(ifMatch, ifNoneMatch)));
  }

  @POST
  @Path("groups/{groupId}/days/{day}/not-filled")
  public Response notFilled(
      @PathParam("groupId") long groupId,
      @PathParam("day") String day,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      Reason body) {
    Params.body(body);
    return tagged(
        attendance.markNotFilled(
            groupId,
            Params.requiredDate("day", day),
            body.reason(),
            Versions.expected(ifMatch, ifNoneMatch)));
  }

  @GET
  @Path("groups/{groupId}/open-days")
  public List<OpenDay> openDays(@PathParam("groupId") long groupId) {
    return attendance.openDays(groupId);
  }

  @GET
  @Path("morning-check")
  public MorningCheck morningCheck() {
    return attendance.morningCheck();
  }

  @POST
  @Path("groups/{groupId}/justifications")
  public ChildMonth justify(@PathParam("groupId") long groupId, Justification body) {
    Params.body(body);
    JustificationReason reason =
        Params.enumValue(JustificationReason.class, "reason", body.reason(), null);
    return attendance.justify(
        groupId,
        Params.required("studentId", body.studentId()),
        Params.required("from", body.from()),
        Params.required("to", body.to()),
        reason,
        body.document());
  }

  @GET
  @Path("groups/{groupId}/sheets/{month}")
  public Response sheet(@PathParam("groupId") long groupId, @PathParam("month") String month) {
    return tagged(attendance.sheet(groupId, Params.requiredMonth(month)));
  }

  @GET
  @Path("groups/{groupId}/sheets/{month}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("groupId") long groupId, @PathParam("month") String month) {
    SheetFile file = attendance.sheetFile(groupId, Params.requiredMonth(month));
    return Response.ok(file.content(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }

  @POST
  @Path("groups/{groupId}/sheets/{month}/submit")
  public Response submit(
      @PathParam("groupId") long groupId,
      @PathParam("month") String month,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    return tagged(
        attendance.submit(
            groupId, Params.requiredMonth(month), Versions.expected(ifMatch, ifNoneMatch)));
  }

  @POST
  @Path("groups/{groupId}/sheets/{month}/approve")
  public Response approve(
      @PathParam("groupId") long groupId,
      @PathParam("month") String month,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(
        attendance.approve(groupId, Params.requiredMonth(month), Versions.expected(ifMatch)));
  }

  @POST
  @Path("groups/{groupId}/sheets/{month}/return")
  public Response giveBack(
      @PathParam("groupId") long groupId,
      @PathParam("month") String month,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Comment body) {
    Params.body(body);
    return tagged(
        attendance.giveBack(
            groupId, Params.requiredMonth(month), body.comment(), Versions.expected(ifMatch)));
  }

  @GET
  @Path("children/{studentId}/attendance/{month}")
  public ChildMonth child(
      @PathParam("studentId") long studentId, @PathParam("month") String month) {
    return attendance.childMonth(studentId, Params.requiredMonth(month));
  }

  private static Response tagged(GroupDay day) {
    Response.ResponseBuilder ok = Response.ok(day);
    if (day.version() != null) {
      ok.tag(Versions.tag(day.version()));
    }
    return ok.build();
  }

  private static Response tagged(SheetView sheet) {
    Response.ResponseBuilder ok = Response.ok(sheet);
    if (sheet.version() != null) {
      ok.tag(Versions.tag(sheet.version()));
    }
    return ok.build();
  }
}
