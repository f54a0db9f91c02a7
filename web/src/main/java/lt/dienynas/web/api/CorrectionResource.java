package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.correction.CorrectionDraft;
import lt.dienynas.correction.CorrectionFilter;
import lt.dienynas.correction.CorrectionKind;
import lt.dienynas.correction.CorrectionLine;
import lt.dienynas.correction.CorrectionService;
import lt.dienynas.correction.CorrectionStatus;
import lt.dienynas.correction.CorrectionSummary;
import lt.dienynas.correction.CorrectionView;
import lt.dienynas.correction.Decision;
import lt.dienynas.correction.LessonContext;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.SchoolClass;

/**
 * Correction acts (regulation Annex 1) and month locks over the API: the same {@link
 * CorrectionService} and {@link MonthLockService} as the portal's act and lock pages — the author
 * drafts and submits, the deputy and the DB admin each decide once (never their own act, never the
 * same person twice), the DB admin applies it through the owners of the records.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionResource {
  @Inject private CorrectionService corrections;
  @Inject private MonthLockService locks;

  /** One line of a new act (see {@link CorrectionLine}). */
  public record Line(
      CorrectionKind kind,
      Long studentId,
      Long lessonId,
      PeriodKind period,
      String wrongValue,
      String correctValue,
      Integer wrongMissed,
      Integer wrongJustified,
      Integer correctMissed,
      Integer correctJustified) {}

  /** A new act: the group (and subject) of the record, its date, what was wrong and why. */
  public record Draft(
      Long groupId,
      Long subjectId,
      java.time.LocalDate recordDate,
      String errorNature,
      String reason,
      List<Line> lines) {}

  /** A decision on an act; a refusal needs its reason. */
  public record Verdict(Decision decision, String comment) {}

  /** Whether a class's month (or the school's, without a class) is locked. */
  public record LockState(String month, Long classId, boolean locked) {}

  /** A class whose months can be locked. */
  public record LockClass(long id, String name, String schoolYear) {}

  /** Opens a month until the given time; the nightly job locks it again after that. */
  public record Unlock(Long classId, LocalDateTime until) {}

  @GET
  @Path("correction-acts")
  public List<CorrectionSummary> list(
      @QueryParam("status") String status,
      @QueryParam("classId") Long classId,
      @QueryParam("teacherId") Long teacherId,
      @QueryParam("month") String month) {
    return corrections.list(
        new CorrectionFilter(
            Params.optionalEnum(CorrectionStatus.class, "status", status),
            classId,
            teacherId,
            Params.month(month, null)));
  }

  @POST
  @Path("correction-acts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response draft(Draft body) {
    Draft draft = Params.body(body);
    List<CorrectionLine> lines =
        draft.lines() == null
            ? List.of()
            : draft.lines().stream()
                .map(
                    l ->
                        new CorrectionLine(
                            Params.required("kind", l.kind()),
                            Params.required("studentId", l.studentId()),
                            l.lessonId(),
                            l.period(),
                            l.wrongValue(),
                            l.correctValue(),
                            l.wrongMissed(),
                            l.wrongJustified(),
                            l.correctMissed(),
                            l.correctJustified()))
                .toList();
    long id =
        corrections.draft(
            new CorrectionDraft(
                Params.required("groupId", draft.groupId()),
                draft.subjectId(),
                Params.required("recordDate", draft.recordDate()),
                draft.errorNature(),
                draft.reason(),
                lines));
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  @GET
  @Path("correction-acts/{actId}")
  public CorrectionView view(@PathParam("actId") long actId) {
    return corrections.view(actId);
  }

  @GET
  @Path("correction-acts/{actId}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("actId") long actId) {
    return Response.ok(corrections.pdf(actId), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"taisymo-aktas-" + actId + ".pdf\"")
        .build();
  }

  @POST
  @Path("correction-acts/{actId}/submit")
  public Response submit(@PathParam("actId") long actId) {
    corrections.submit(actId);
    return Response.noContent().build();
  }

  @POST
  @Path("correction-acts/{actId}/deputy-decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response deputyDecision(@PathParam("actId") long actId, Verdict body) {
    Verdict verdict = Params.body(body);
    corrections.decideAsDeputy(
        actId, Params.required("decision", verdict.decision()), verdict.comment());
    return Response.noContent().build();
  }

  @POST
  @Path("correction-acts/{actId}/admin-decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response adminDecision(@PathParam("actId") long actId, Verdict body) {
    Verdict verdict = Params.body(body);
    corrections.decideAsAdmin(
        actId, Params.required("decision", verdict.decision()), verdict.comment());
    return Response.noContent().build();
  }

  @POST
  @Path("correction-acts/{actId}/apply")
  public Response apply(@PathParam("actId") long actId) {
    corrections.apply(actId);
    return Response.noContent().build();
  }

  /** The lesson an act is drafted from: its students and their marks now. */
  @GET
  @Path("lessons/{lessonId}/correction-context")
  public LessonContext lessonContext(@PathParam("lessonId") long lessonId) {
    return corrections.lessonContext(lessonId);
  }

  /** The classes of the school years in use (DB admin). */
  @GET
  @Path("month-locks/classes")
  public List<LockClass> lockClasses() {
    return locks.classesInUse().stream()
        .map(c -> new LockClass(c.getId(), c.getName(), yearName(c)))
        .toList();
  }

  @GET
  @Path("month-locks/{month}")
  public LockState lockState(
      @PathParam("month") String month, @QueryParam("classId") Long classId) {
    YearMonth m = Params.requiredMonth(month);
    return new LockState(m.toString(), classId, locks.isLocked(classId, m.atDay(1)));
  }

  /** Locks the month of a class, or of the school without one (DB admin). */
  @PUT
  @Path("month-locks/{month}")
  public Response lock(@PathParam("month") String month, @QueryParam("classId") Long classId) {
    locks.lock(Params.requiredMonth(month), classId);
    return Response.noContent().build();
  }

  @POST
  @Path("month-locks/{month}/unlock")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response unlock(@PathParam("month") String month, Unlock body) {
    Unlock unlock = Params.body(body);
    locks.unlock(
        Params.requiredMonth(month), unlock.classId(), Params.required("until", unlock.until()));
    return Response.noContent().build();
  }

  private static String yearName(SchoolClass c) {
    return c.getSchoolYear().getName();
  }
}
