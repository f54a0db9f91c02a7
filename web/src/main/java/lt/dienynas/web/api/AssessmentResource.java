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
import java.util.List;
import lt.dienynas.assessment.AdditionalWorkService;
import lt.dienynas.assessment.AdditionalWorkView;
import lt.dienynas.assessment.ClassResults;
import lt.dienynas.assessment.MissingPeriodGrade;
import lt.dienynas.assessment.PeriodGradeForm;
import lt.dienynas.assessment.PeriodGradeService;
import lt.dienynas.assessment.PeriodGradeValue;
import lt.dienynas.assessment.PeriodResults;
import lt.dienynas.assessment.PlannedTestService;
import lt.dienynas.assessment.PlannedTestView;
import lt.dienynas.assessment.StudentPeriodGrade;
import lt.dienynas.school.PeriodKind;

/** Planned tests, period grades, additional work and a class's period results over the API. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {
  @Inject private PlannedTestService tests;
  @Inject private PeriodGradeService grades;
  @Inject private AdditionalWorkService work;
  @Inject private PeriodResults results;

  /** A student's tests: between the dates given, else the coming ones. */
  @GET
  @Path("students/{studentId}/tests")
  public List<PlannedTestView> studentTests(
      @PathParam("studentId") long studentId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    if (from == null && to == null) {
      return tests.comingOfStudent(studentId);
    }
    return tests.ofStudent(
        studentId, Params.requiredDate("from", from), Params.requiredDate("to", to));
  }

  @GET
  @Path("classes/{classId}/tests")
  public List<PlannedTestView> classTests(
      @PathParam("classId") long classId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return tests.ofClass(classId, Params.requiredDate("from", from), Params.requiredDate("to", to));
  }

  @POST
  @Path("groups/{groupId}/tests")
  public Response announce(@PathParam("groupId") long groupId, Requests.NewTest test) {
    Params.body(test);
    long id =
        tests.announce(
            groupId,
            Params.required("subjectId", test.subjectId()),
            Params.required("date", test.date()),
            test.description());
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  @DELETE
  @Path("tests/{testId}")
  public Response cancel(@PathParam("testId") long testId) {
    tests.cancel(testId);
    return Response.noContent().build();
  }

  /** The caller's tests whose marks are late. */
  @GET
  @Path("tests/marks-late/mine")
  public List<PlannedTestView> marksLateOfMine() {
    return tests.marksLateOfMine();
  }

  /** Every test whose marks are late (deputy, director, DB admin). */
  @GET
  @Path("tests/marks-late")
  public List<PlannedTestView> marksLate() {
    return tests.marksLate();
  }

  @GET
  @Path("students/{studentId}/period-grades")
  public List<StudentPeriodGrade> studentGrades(
      @PathParam("studentId") long studentId, @QueryParam("year") Long yearId) {
    return grades.ofStudent(studentId, Params.required("year", yearId));
  }

  @GET
  @Path("groups/{groupId}/period-grades")
  public PeriodGradeForm form(
      @PathParam("groupId") long groupId,
      @QueryParam("subject") Long subjectId,
      @QueryParam("period") PeriodKind period) {
    return grades.form(
        groupId, Params.required("subject", subjectId), Params.required("period", period));
  }

  /** One student's period grade with its version as ETag (and {@code version}); 404 when none. */
  @GET
  @Path("groups/{groupId}/period-grades/{studentId}")
  public Response grade(
      @PathParam("groupId") long groupId,
      @PathParam("studentId") long studentId,
      @QueryParam("subject") Long subjectId,
      @QueryParam("period") PeriodKind period) {
    return grades
        .grade(
            groupId,
            Params.required("subject", subjectId),
            studentId,
            Params.required("period", period))
        .map(
            g ->
                Response.ok(
                        new Requests.VersionedPeriodGrade(
                            g.value().notation(), g.value().comment(), g.version()))
                    .tag(Versions.tag(g.version()))
                    .build())
        .orElseGet(() -> ApiErrors.of(Response.Status.NOT_FOUND, "api.notFound"));
  }

  /**
   * Enters or changes a student's period grade; with {@code If-Match} (the ETag read) only if
   * nobody changed it since, with {@code If-None-Match: *} only if there is none yet — 409 with who
   * changed it and what it reads now otherwise.
   */
  @PUT
  @Path("groups/{groupId}/period-grades/{studentId}")
  public Response enter(
      @PathParam("groupId") long groupId,
      @PathParam("studentId") long studentId,
      @QueryParam("subject") Long subjectId,
      @QueryParam("period") PeriodKind period,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      Requests.PeriodGrade grade) {
    Params.body(grade);
    Integer expected = Versions.expected(ifMatch, ifNoneMatch);
    PeriodGradeValue value = PeriodGradeValue.parse(Params.required("notation", grade.notation()));
    int version =
        grades.enter(
            groupId,
            Params.required("subject", subjectId),
            studentId,
            Params.required("period", period),
            new PeriodGradeValue(value.scale(), value.value(), grade.comment()),
            expected);
    return Response.noContent().tag(Versions.tag(version)).build();
  }

  @PUT
  @Path("period-grade-entry")
  public Response setEntry(Requests.PeriodGradeEntry entry) {
    Params.body(entry);
    grades.setEntry(
        Params.required("schoolYearId", entry.schoolYearId()),
        Params.required("period", entry.period()),
        entry.classId(),
        entry.groupId(),
        Params.required("open", entry.open()));
    return Response.noContent().build();
  }

  @GET
  @Path("period-grades/missing")
  public List<MissingPeriodGrade> missing(
      @QueryParam("year") Long yearId,
      @QueryParam("period") PeriodKind period,
      @QueryParam("mine") boolean mine) {
    long year = Params.required("year", yearId);
    PeriodKind kind = Params.required("period", period);
    return mine ? grades.missingOfMine(year, kind) : grades.missing(year, kind);
  }

  @GET
  @Path("classes/{classId}/period-results")
  public ClassResults classResults(
      @PathParam("classId") long classId, @QueryParam("year") Long yearId) {
    return results.ofClass(classId, Params.required("year", yearId));
  }

  @GET
  @Path("students/{studentId}/additional-work")
  public List<AdditionalWorkView> studentWork(
      @PathParam("studentId") long studentId, @QueryParam("year") Long yearId) {
    return work.ofStudent(studentId, Params.required("year", yearId));
  }

  @POST
  @Path("students/{studentId}/additional-work")
  public Response assign(
      @PathParam("studentId") long studentId, Requests.NewAdditionalWork assignment) {
    Params.body(assignment);
    long id =
        work.assign(
            Params.required("schoolYearId", assignment.schoolYearId()),
            studentId,
            Params.required("subjectId", assignment.subjectId()),
            Params.required("kind", assignment.kind()),
            assignment.dueDate(),
            assignment.task());
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  /**
   * Enters a work's result; with {@code If-Match} (its {@code version} as read, as with {@code
   * versioned-result}) only if nobody changed the work since (409 otherwise).
   */
  @PUT
  @Path("additional-work/{workId}/result")
  public Response result(
      @PathParam("workId") long workId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Requests.WorkResult result) {
    Params.body(result);
    Integer expected = Versions.expected(ifMatch);
    PeriodGradeValue value = PeriodGradeValue.parse(Params.required("notation", result.notation()));
    if (expected == null) {
      work.enterResult(workId, value);
    } else {
      work.enterResult(workId, value, expected);
    }
    return Response.noContent().build();
  }
}
