package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import lt.dienynas.assessment.AdditionalWorkService;
import lt.dienynas.assessment.ClassYearEndForm;
import lt.dienynas.assessment.ClassYearEndService;
import lt.dienynas.assessment.GroupWork;
import lt.dienynas.assessment.PeriodGradeValue;
import lt.dienynas.assessment.PromotionKind;
import lt.dienynas.school.PeriodKind;

/**
 * The class teacher's year-end work over the API (§21.17, §30): a period's missed and justified
 * lessons confirmed per student, and the promotion decision. Same service and access rule as the
 * portal page (only the class teacher of the student's class).
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassYearEndResource {
  @Inject private ClassYearEndService yearEnd;
  @Inject private AdditionalWorkService work;

  /** A work's result against the version read ({@code version} of the group's work list). */
  public record VersionedResult(String notation, Integer version) {}

  /**
   * Confirmed counts; {@code version} is the confirmed row's version as read, null for the first
   * confirmation.
   */
  public record ConfirmedAttendance(Integer missed, Integer justified, Integer version) {}

  /** A decision; {@code version} as read, null for the first decision. */
  public record Promotion(PromotionKind decision, String note, Integer version) {}

  @GET
  @Path("classes/{classId}/year-end")
  public ClassYearEndForm form(
      @PathParam("classId") long classId, @QueryParam("period") PeriodKind period) {
    return yearEnd.form(classId, Params.required("period", period));
  }

  @PUT
  @Path("students/{studentId}/period-attendance")
  public Response confirm(
      @PathParam("studentId") long studentId,
      @QueryParam("year") Long yearId,
      @QueryParam("period") PeriodKind period,
      ConfirmedAttendance counts) {
    Params.body(counts);
    yearEnd.confirmAttendance(
        studentId,
        Params.required("year", yearId),
        Params.required("period", period),
        Params.required("missed", counts.missed()),
        Params.required("justified", counts.justified()),
        counts.version());
    return Response.noContent().build();
  }

  /** The additional and summer work of a group's students in a subject, for its teacher. */
  @GET
  @Path("groups/{groupId}/additional-work")
  public GroupWork groupWork(
      @PathParam("groupId") long groupId, @QueryParam("subject") Long subjectId) {
    return work.ofGroup(groupId, Params.required("subject", subjectId));
  }

  /** Enters a work's result against the version read; it becomes the final result (§23.12). */
  @PUT
  @Path("additional-work/{workId}/versioned-result")
  public Response versionedResult(@PathParam("workId") long workId, VersionedResult result) {
    Params.body(result);
    work.enterResult(
        workId,
        PeriodGradeValue.parse(Params.required("notation", result.notation())),
        Params.required("version", result.version()));
    return Response.noContent().build();
  }

  @PUT
  @Path("students/{studentId}/promotion")
  public Response decide(
      @PathParam("studentId") long studentId,
      @QueryParam("year") Long yearId,
      Promotion promotion) {
    Params.body(promotion);
    yearEnd.decidePromotion(
        studentId,
        Params.required("year", yearId),
        Params.required("decision", promotion.decision()),
        promotion.note(),
        promotion.version());
    return Response.noContent().build();
  }
}
