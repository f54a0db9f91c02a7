package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.journal.SubstitutedLesson;
import lt.dienynas.journal.SubstitutionService;

/** Substitutions over a date range (§19.8, §23.16) over the API. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubstitutionResource {
  @Inject private SubstitutionService substitutions;

  /**
   * Every lesson of {@code teacherId} from {@code from} to {@code to}: {@code substituteId} null
   * gives them back.
   */
  public record RangeSubstitution(
      Long teacherId, LocalDate from, LocalDate to, Long substituteId) {}

  /** Count of lessons changed. */
  public record Changed(int lessons) {}

  @POST
  @Path("substitutions")
  public Changed assign(RangeSubstitution range) {
    Params.body(range);
    return new Changed(
        substitutions.assignRange(
            Params.required("teacherId", range.teacherId()),
            Params.required("from", range.from()),
            Params.required("to", range.to()),
            range.substituteId()));
  }

  /** A teacher's lessons of the range with their substitutes (the deputy, the DB admin). */
  @GET
  @Path("substitutions")
  public List<SubstitutedLesson> ofTeacher(
      @QueryParam("teacher") Long teacherId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return substitutions.ofTeacher(
        Params.required("teacher", teacherId),
        Params.requiredDate("from", from),
        Params.requiredDate("to", to));
  }

  /** The lessons the caller gives as a substitute in the range. */
  @GET
  @Path("substitutions/mine")
  public List<SubstitutedLesson> mine(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return substitutions.mine(Params.requiredDate("from", from), Params.requiredDate("to", to));
  }
}
