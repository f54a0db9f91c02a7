package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import lt.dienynas.preschool.AchievementStepService;
import lt.dienynas.preschool.AssessmentRound;
import lt.dienynas.preschool.ChildProgress;
import lt.dienynas.preschool.Competency;
import lt.dienynas.preschool.DayRhythmService;
import lt.dienynas.preschool.DayRhythmView;
import lt.dienynas.preschool.GroupAssessment;
import lt.dienynas.preschool.GroupDistribution;
import lt.dienynas.preschool.MissingWeekWork;
import lt.dienynas.preschool.PreschoolChild;
import lt.dienynas.preschool.PreschoolChildDay;
import lt.dienynas.preschool.PreschoolDiaryService;
import lt.dienynas.preschool.PreschoolGroupInfo;
import lt.dienynas.preschool.RhythmLine;
import lt.dienynas.preschool.StepInput;
import lt.dienynas.preschool.StepView;
import lt.dienynas.preschool.WeekPlanService;
import lt.dienynas.preschool.WeekPlanView;
import lt.dienynas.preschool.WeekText;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * The pre-school journal's education side over the API (§22.1, §22.5, §22.10, §22.15–22.16): the
 * day rhythm, the weekly plans and reflections, the achievement steps and the reports, and the
 * guardian's view of their child — the same services and access rules as the portal's pages. A
 * write takes {@code If-Match} (the record's {@code version}) or {@code If-None-Match: *} for the
 * first one and answers the record with its new {@code ETag}; a stale one is 409.
 */
@Path("v1/preschool")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreschoolResource {
  @Inject private SchoolClock clock;
  @Inject private PreschoolDiaryService diary;
  @Inject private DayRhythmService rhythms;
  @Inject private WeekPlanService plans;
  @Inject private AchievementStepService steps;

  /** The day rhythm as written: every line. */
  public record Rhythm(List<RhythmLine> lines) {}

  @GET
  @Path("groups")
  public List<PreschoolGroupInfo> groups() {
    return diary.groups();
  }

  @GET
  @Path("groups/{groupId}/day-rhythm")
  public Response rhythm(@PathParam("groupId") long groupId) {
    return tagged(rhythms.ofGroup(groupId));
  }

  @PUT
  @Path("groups/{groupId}/day-rhythm")
  public Response saveRhythm(
      @PathParam("groupId") long groupId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      Rhythm rhythm) {
    Params.body(rhythm);
    return tagged(rhythms.save(groupId, rhythm.lines(), Versions.expected(ifMatch, ifNoneMatch)));
  }

  /** The week that contains {@code date} (default today). */
  @GET
  @Path("groups/{groupId}/week-plan")
  public Response week(@PathParam("groupId") long groupId, @QueryParam("date") String date) {
    return tagged(plans.week(groupId, Params.date(date, clock.today())));
  }

  @PUT
  @Path("groups/{groupId}/week-plans/{weekStart}/plan")
  public Response savePlan(
      @PathParam("groupId") long groupId,
      @PathParam("weekStart") String weekStart,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      WeekText plan) {
    Params.body(plan);
    return tagged(
        plans.savePlan(
            groupId,
            Params.requiredDate("weekStart", weekStart),
            plan,
            Versions.expected(ifMatch, ifNoneMatch)));
  }

  @PUT
  @Path("groups/{groupId}/week-plans/{weekStart}/reflection")
  public Response saveReflection(
      @PathParam("groupId") long groupId,
      @PathParam("weekStart") String weekStart,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      WeekText reflection) {
    Params.body(reflection);
    return tagged(
        plans.saveReflection(
            groupId,
            Params.requiredDate("weekStart", weekStart),
            reflection,
            Versions.expected(ifMatch)));
  }

  @GET
  @Path("school-years/{yearId}/missing-week-work")
  public List<MissingWeekWork> missing(@PathParam("yearId") long yearId) {
    return plans.missing(yearId);
  }

  @GET
  @Path("groups/{groupId}/achievements/{round}")
  public GroupAssessment sheet(
      @PathParam("groupId") long groupId, @PathParam("round") String round) {
    return steps.sheet(groupId, round(round));
  }

  @PUT
  @Path("groups/{groupId}/achievements/{round}/{studentId}/{competency}")
  public Response record(
      @PathParam("groupId") long groupId,
      @PathParam("round") String round,
      @PathParam("studentId") long studentId,
      @PathParam("competency") String competency,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      StepInput step) {
    Params.body(step);
    StepView saved =
        steps.record(
            groupId,
            studentId,
            round(round),
            competency(competency),
            step,
            Versions.expected(ifMatch, ifNoneMatch));
    return Response.ok(saved).tag(Versions.tag(saved.version())).build();
  }

  @GET
  @Path("groups/{groupId}/achievements/{round}/report")
  public GroupDistribution groupReport(
      @PathParam("groupId") long groupId, @PathParam("round") String round) {
    return steps.distribution(groupId, round(round));
  }

  @GET
  @Path("groups/{groupId}/achievements/{round}/report.pdf")
  @Produces("application/pdf")
  public Response groupReportPdf(
      @PathParam("groupId") long groupId,
      @PathParam("round") String round,
      @QueryParam("lang") String lang) {
    return pdf(
        steps.groupReportPdf(groupId, round(round), locale(lang)),
        "grupes-pasiekimai-" + groupId + "-" + round + ".pdf");
  }

  @GET
  @Path("children")
  public List<PreschoolChild> children() {
    return diary.children();
  }

  @GET
  @Path("children/{studentId}")
  public PreschoolChildDay child(@PathParam("studentId") long studentId) {
    return diary.child(studentId);
  }

  @GET
  @Path("children/{studentId}/progress")
  public ChildProgress progress(@PathParam("studentId") long studentId) {
    return steps.progress(studentId);
  }

  @GET
  @Path("children/{studentId}/progress-report/{round}.pdf")
  @Produces("application/pdf")
  public Response progressReport(
      @PathParam("studentId") long studentId,
      @PathParam("round") String round,
      @QueryParam("lang") String lang) {
    return pdf(
        steps.progressReportPdf(studentId, round(round), locale(lang)),
        "pazangos-ataskaita-" + studentId + "-" + round + ".pdf");
  }

  private static Response tagged(DayRhythmView view) {
    Response.ResponseBuilder ok = Response.ok(view);
    if (view.version() != null) {
      ok.tag(Versions.tag(view.version()));
    }
    return ok.build();
  }

  private static Response tagged(WeekPlanView view) {
    Response.ResponseBuilder ok = Response.ok(view);
    if (view.version() != null) {
      ok.tag(Versions.tag(view.version()));
    }
    return ok.build();
  }

  private static Response pdf(byte[] content, String fileName) {
    return Response.ok(content, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  private static Locale locale(String lang) {
    return "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("lt");
  }

  private static AssessmentRound round(String value) {
    try {
      return AssessmentRound.valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BusinessException("preschool.roundRequired");
    }
  }

  private static Competency competency(String value) {
    try {
      return Competency.valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BusinessException("preschool.competencyRequired");
    }
  }
}
