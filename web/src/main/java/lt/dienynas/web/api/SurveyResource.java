package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.survey.AnswerInput;
import lt.dienynas.survey.AudienceKind;
import lt.dienynas.survey.QuestionKind;
import lt.dienynas.survey.SurveyDetail;
import lt.dienynas.survey.SurveyInfo;
import lt.dienynas.survey.SurveyResults;
import lt.dienynas.survey.SurveyService;

/**
 * Surveys over the API: the same {@link SurveyService} as the portal's survey pages — the
 * management drafts, opens and closes a survey and reads its results, the people asked answer once.
 */
@Path("v1/surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {
  @Inject private SurveyService surveys;

  /** A new draft. */
  public record NewSurvey(Long schoolYearId, String title, String description, Boolean anonymous) {}

  /** A question of a draft: options for a choice, the bounds for a scale. */
  public record NewQuestion(
      QuestionKind kind, String text, List<String> options, Integer scaleMin, Integer scaleMax) {}

  /** Who is asked: guardians or students of some grades, the teachers, all the staff. */
  public record Audience(AudienceKind kind, Integer gradeFrom, Integer gradeTo) {}

  /** One answer: options chosen, a scale value or a text. */
  public record Answer(Long questionId, List<Long> optionIds, Integer scaleValue, String text) {}

  /** How many people the opened survey asks. */
  public record Opened(long asked) {}

  /** Every survey with its counts (the management). */
  @GET
  public List<SurveyInfo> all() {
    return surveys.all();
  }

  /** The open surveys the caller is asked and has not answered. */
  @GET
  @Path("waiting")
  public List<SurveyInfo> waiting() {
    return surveys.waitingForMe();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewSurvey body) {
    NewSurvey s = Params.body(body);
    long id =
        surveys.create(
            Params.required("schoolYearId", s.schoolYearId()),
            s.title(),
            s.description(),
            Boolean.TRUE.equals(s.anonymous()));
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  @GET
  @Path("{surveyId}")
  public SurveyDetail detail(@PathParam("surveyId") long surveyId) {
    return surveys.detail(surveyId);
  }

  @POST
  @Path("{surveyId}/questions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addQuestion(@PathParam("surveyId") long surveyId, NewQuestion body) {
    NewQuestion q = Params.body(body);
    long id =
        surveys.addQuestion(
            surveyId,
            Params.required("kind", q.kind()),
            q.text(),
            q.options(),
            q.scaleMin(),
            q.scaleMax());
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  @DELETE
  @Path("{surveyId}/questions/{questionId}")
  public Response removeQuestion(
      @PathParam("surveyId") long surveyId, @PathParam("questionId") long questionId) {
    surveys.removeQuestion(surveyId, questionId);
    return Response.noContent().build();
  }

  @PUT
  @Path("{surveyId}/audiences")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addAudience(@PathParam("surveyId") long surveyId, Audience body) {
    Audience a = Params.body(body);
    surveys.addAudience(
        surveyId, Params.required("kind", a.kind()), grade(a.gradeFrom()), grade(a.gradeTo()));
    return Response.noContent().build();
  }

  @DELETE
  @Path("{surveyId}/audiences")
  public Response removeAudience(
      @PathParam("surveyId") long surveyId,
      @QueryParam("kind") String kind,
      @QueryParam("gradeFrom") Integer gradeFrom,
      @QueryParam("gradeTo") Integer gradeTo) {
    AudienceKind audience = Params.enumValue(AudienceKind.class, "kind", kind, null);
    surveys.removeAudience(surveyId, audience, grade(gradeFrom), grade(gradeTo));
    return Response.noContent().build();
  }

  @POST
  @Path("{surveyId}/open")
  public Opened open(@PathParam("surveyId") long surveyId) {
    return new Opened(surveys.open(surveyId));
  }

  @POST
  @Path("{surveyId}/close")
  public Response close(@PathParam("surveyId") long surveyId) {
    surveys.close(surveyId);
    return Response.noContent().build();
  }

  /** The caller's answers, once; every choice and scale question answered. */
  @POST
  @Path("{surveyId}/answers")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response answer(@PathParam("surveyId") long surveyId, List<Answer> body) {
    Map<Long, AnswerInput> answers = new LinkedHashMap<>();
    for (Answer a : Params.body(body)) {
      answers.put(
          Params.required("questionId", a.questionId()),
          new AnswerInput(a.optionIds(), a.scaleValue(), a.text()));
    }
    surveys.answer(surveyId, answers);
    return Response.noContent().build();
  }

  @GET
  @Path("{surveyId}/results")
  public SurveyResults results(@PathParam("surveyId") long surveyId) {
    return surveys.results(surveyId);
  }

  @GET
  @Path("{surveyId}/results.csv")
  @Produces("text/csv")
  public Response resultsCsv(@PathParam("surveyId") long surveyId) {
    return Response.ok(
            surveys.resultsCsv(surveyId, lt.dienynas.shared.Messages.LITHUANIAN),
            "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"apklausa-" + surveyId + ".csv\"")
        .build();
  }

  private static int grade(Integer grade) {
    return grade == null ? 0 : grade;
  }
}
