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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lt.dienynas.assessment.IntegratedLessonService;
import lt.dienynas.journal.LessonMove;
import lt.dienynas.journal.LessonService;

/** A lesson's integrated subjects (§23.8) and its move to another place (§23.13) over the API. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LessonDetailsResource {
  @Inject private IntegratedLessonService integrated;
  @Inject private LessonService lessons;

  /** The further subjects a lesson counts for. */
  public record IntegratedSubjects(List<Long> subjectIds) {}

  /** Where the lesson moves and why; {@code exceptionalDay} for a day without lessons. */
  public record Move(LocalDate date, Integer lessonNumber, String reason, Boolean exceptionalDay) {}

  /** The lesson's new version. */
  public record Moved(int version) {}

  @GET
  @Path("lessons/{lessonId}/integrated-subjects")
  public IntegratedSubjects subjects(@PathParam("lessonId") long lessonId) {
    return new IntegratedSubjects(List.copyOf(integrated.furtherSubjects(lessonId)));
  }

  /** Sets the further subjects (an empty list: an ordinary lesson again). */
  @PUT
  @Path("lessons/{lessonId}/integrated-subjects")
  public Response integrate(@PathParam("lessonId") long lessonId, IntegratedSubjects subjects) {
    Params.body(subjects);
    Set<Long> ids =
        new LinkedHashSet<>(subjects.subjectIds() == null ? List.of() : subjects.subjectIds());
    ids.remove(null);
    integrated.integrate(lessonId, ids);
    return Response.noContent().build();
  }

  /**
   * Moves the lesson; with {@code If-Match} only if nobody changed it since (409 with the current
   * version otherwise). The class's students and guardians are told.
   */
  @POST
  @Path("lessons/{lessonId}/move")
  public Response move(
      @PathParam("lessonId") long lessonId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Move move) {
    Params.body(move);
    int version =
        lessons.move(
            lessonId,
            Versions.expected(ifMatch),
            new LessonMove(
                Params.required("date", move.date()),
                Params.required("lessonNumber", move.lessonNumber()),
                move.reason()),
            Boolean.TRUE.equals(move.exceptionalDay()));
    return Response.ok(new Moved(version)).tag(Versions.tag(version)).build();
  }
}
