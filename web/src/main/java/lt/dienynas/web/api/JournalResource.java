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
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.assessment.AssessmentRules;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.journal.ClassLink;
import lt.dienynas.journal.JournalLink;
import lt.dienynas.journal.JournalMonth;
import lt.dienynas.journal.JournalService;
import lt.dienynas.journal.LessonRecord;
import lt.dienynas.journal.LessonService;
import lt.dienynas.journal.LoadedLesson;
import lt.dienynas.journal.MarkInput;
import lt.dienynas.journal.Versioned;
import lt.dienynas.journal.VersionedJournalWrites;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/** Journals, lessons, marks and attendance over the API. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JournalResource {
  @Inject private SchoolClock clock;

  @Inject private JournalService journal;
  @Inject private LessonService lessons;
  @Inject private AssessmentRules rules;
  @Inject private VersionedJournalWrites versioned;

  @GET
  @Path("journals")
  public List<JournalLink> journals(@QueryParam("date") String date) {
    return journal.myJournals(Params.date(date, clock.today()));
  }

  @GET
  @Path("classes")
  public List<ClassLink> classes(@QueryParam("date") String date) {
    return journal.myClasses(Params.date(date, clock.today()));
  }

  @GET
  @Path("groups/{groupId}/journal")
  public JournalMonth month(
      @PathParam("groupId") long groupId,
      @QueryParam("month") String month,
      @QueryParam("subject") Long subjectId) {
    return journal.month(groupId, subjectId, Params.month(month, YearMonth.from(clock.today())));
  }

  @POST
  @Path("groups/{groupId}/lessons")
  public Response addLesson(@PathParam("groupId") long groupId, Requests.NewLesson lesson) {
    Params.body(lesson);
    long id =
        lessons.add(
            groupId,
            Params.required("date", lesson.date()),
            Params.required("lessonNumber", lesson.lessonNumber()),
            lesson.subjectId(),
            Boolean.TRUE.equals(lesson.exceptionalDay()));
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  @POST
  @Path("groups/{groupId}/lessons/generate")
  public Requests.Count generate(
      @PathParam("groupId") long groupId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return new Requests.Count(
        lessons.generate(
            groupId, Params.requiredDate("from", from), Params.requiredDate("to", to)));
  }

  /** The lesson's record with its version as ETag (and {@code version}) for a later If-Match. */
  @GET
  @Path("lessons/{lessonId}")
  public Response lesson(@PathParam("lessonId") long lessonId) {
    Versioned<VersionedJournalWrites.LessonView> lesson = versioned.lesson(lessonId);
    return withVersion(lesson.value(), lesson.version());
  }

  /**
   * Writes the lesson's record; with {@code If-Match} only if nobody changed it since (409 with the
   * current topic and ETag otherwise).
   */
  @PUT
  @Path("lessons/{lessonId}")
  public Response record(
      @PathParam("lessonId") long lessonId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      LessonRecord record) {
    int version = versioned.recordLesson(lessonId, Versions.expected(ifMatch), Params.body(record));
    return Response.noContent().tag(Versions.tag(version)).build();
  }

  @PUT
  @Path("lessons/{lessonId}/substitute")
  public Response substitute(@PathParam("lessonId") long lessonId, Requests.Substitute substitute) {
    lessons.assignSubstitute(lessonId, Params.body(substitute).substituteId());
    return Response.noContent().build();
  }

  @PUT
  @Path("lessons/{lessonId}/entries")
  public Response saveLesson(@PathParam("lessonId") long lessonId, Requests.LessonEntries entries) {
    Params.body(entries);
    Map<Long, String> cells = byStudent(entries.cells(), null);
    LessonRecord record = Params.required("record", entries.record());
    if (entries.loaded() == null) {
      journal.saveLesson(lessonId, record, entries.kind(), entries.institution(), cells);
    } else {
      LoadedLesson loaded =
          new LoadedLesson(
              Params.required("loaded.record", entries.loaded().record()),
              byStudent(entries.loaded().cells(), ""));
      journal.saveLesson(lessonId, loaded, record, entries.kind(), entries.institution(), cells);
    }
    return Response.noContent().build();
  }

  /** The texts by student id; a JSON null as {@code empty}. */
  private static Map<Long, String> byStudent(Map<String, String> texts, String empty) {
    Map<Long, String> cells = new LinkedHashMap<>();
    if (texts != null) {
      texts.forEach(
          (student, text) -> {
            try {
              cells.put(Long.valueOf(student), text == null ? empty : text);
            } catch (NumberFormatException e) {
              throw new BusinessException("api.badValue", "cells");
            }
          });
    }
    return cells;
  }

  /** The student's mark with its version as ETag; 404 when there is none. */
  @GET
  @Path("lessons/{lessonId}/marks/{studentId}")
  public Response markOf(
      @PathParam("lessonId") long lessonId, @PathParam("studentId") long studentId) {
    return versioned
        .mark(lessonId, studentId)
        .map(m -> withVersion(m.value(), m.version()))
        .orElseGet(() -> ApiErrors.of(Response.Status.NOT_FOUND, "api.notFound"));
  }

  @PUT
  @Path("lessons/{lessonId}/marks/{studentId}")
  public Response mark(
      @PathParam("lessonId") long lessonId,
      @PathParam("studentId") long studentId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Requests.Mark mark) {
    Params.body(mark);
    MarkValue value;
    if (mark.notation() != null) {
      value = MarkValue.parse(mark.notation()).withComment(mark.comment());
    } else if (mark.scale() == MarkScale.DESCRIPTIVE) {
      value = MarkValue.descriptive(mark.comment());
    } else {
      value = new MarkValue(Params.required("scale", mark.scale()), mark.value(), mark.comment());
    }
    return written(
        versioned.recordMark(
            lessonId,
            studentId,
            Versions.expected(ifMatch),
            new MarkInput(value, mark.kind(), mark.institution())));
  }

  @DELETE
  @Path("lessons/{lessonId}/marks/{studentId}")
  public Response removeMark(
      @PathParam("lessonId") long lessonId,
      @PathParam("studentId") long studentId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return written(versioned.recordMark(lessonId, studentId, Versions.expected(ifMatch), null));
  }

  /** The student's absence or lateness with its version as ETag; 404 when they were present. */
  @GET
  @Path("lessons/{lessonId}/attendance/{studentId}")
  public Response attendanceOf(
      @PathParam("lessonId") long lessonId, @PathParam("studentId") long studentId) {
    return versioned
        .attendance(lessonId, studentId)
        .map(a -> withVersion(a.value(), a.version()))
        .orElseGet(() -> ApiErrors.of(Response.Status.NOT_FOUND, "api.notFound"));
  }

  @PUT
  @Path("lessons/{lessonId}/attendance/{studentId}")
  public Response attendance(
      @PathParam("lessonId") long lessonId,
      @PathParam("studentId") long studentId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Requests.Attendance body) {
    return written(
        versioned.recordAttendance(
            lessonId,
            studentId,
            Versions.expected(ifMatch),
            Params.required("status", Params.body(body).status())));
  }

  @DELETE
  @Path("lessons/{lessonId}/attendance/{studentId}")
  public Response present(
      @PathParam("lessonId") long lessonId,
      @PathParam("studentId") long studentId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return written(
        versioned.recordAttendance(lessonId, studentId, Versions.expected(ifMatch), null));
  }

  /** A read record as JSON with {@code version} added and the version as ETag. */
  private Response withVersion(Object value, int version) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("value", value);
    body.put("version", version);
    return Response.ok(body).tag(Versions.tag(version)).build();
  }

  private static Response written(Integer version) {
    Response.ResponseBuilder done = Response.noContent();
    return version == null ? done.build() : done.tag(Versions.tag(version)).build();
  }

  @PUT
  @Path("assessment-rules")
  public Response assessmentRule(Requests.AssessmentRule rule) {
    Params.body(rule);
    List<MarkScale> scales = Params.required("scales", rule.scales());
    rules.define(
        Params.required("schoolYearId", rule.schoolYearId()),
        Params.required("grade", rule.grade()),
        rule.subjectId(),
        scales.isEmpty() ? EnumSet.noneOf(MarkScale.class) : EnumSet.copyOf(scales));
    return Response.noContent().build();
  }
}
