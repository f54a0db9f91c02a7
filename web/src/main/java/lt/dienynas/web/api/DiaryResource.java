package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import lt.dienynas.diary.AttendanceTotals;
import lt.dienynas.diary.ChildWeek;
import lt.dienynas.diary.DiaryChild;
import lt.dienynas.diary.DiaryMark;
import lt.dienynas.diary.DiaryService;
import lt.dienynas.diary.DiaryWeek;
import lt.dienynas.diary.MonthAttendance;
import lt.dienynas.diary.SubjectAverages;
import lt.dienynas.diary.SubjectOption;
import lt.dienynas.journal.AttendanceService;
import lt.dienynas.journal.ClassJustifications;
import lt.dienynas.journal.JustificationService;
import lt.dienynas.journal.PendingNote;
import lt.dienynas.journal.StudentNoteService;
import lt.dienynas.shared.SchoolClock;

/** Diaries, justifications and notes about students over the API. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DiaryResource {
  @Inject private SchoolClock clock;

  @Inject private DiaryService diary;
  @Inject private JustificationService justifications;
  @Inject private AttendanceService attendance;
  @Inject private StudentNoteService notes;

  @GET
  @Path("me/children")
  public List<DiaryChild> children(@QueryParam("date") String date) {
    return diary.children(Params.date(date, clock.today()));
  }

  @GET
  @Path("me/student")
  public DiaryChild me(@QueryParam("date") String date) {
    return diary.me(Params.date(date, clock.today()));
  }

  @GET
  @Path("me/children/weeks")
  public List<ChildWeek> childrenWeeks(@QueryParam("date") String date) {
    return diary.childrenWeeks(Params.date(date, clock.today()));
  }

  @GET
  @Path("students/{studentId}/subject-averages")
  public SubjectAverages subjectAverages(
      @PathParam("studentId") long studentId, @QueryParam("date") String date) {
    return diary.subjectAverages(studentId, Params.date(date, clock.today()));
  }

  @GET
  @Path("students/{studentId}/attendance-by-month")
  public List<MonthAttendance> attendanceByMonth(
      @PathParam("studentId") long studentId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return diary.attendanceByMonth(
        studentId, Params.requiredDate("from", from), Params.requiredDate("to", to));
  }

  @GET
  @Path("students/{studentId}/week")
  public DiaryWeek week(@PathParam("studentId") long studentId, @QueryParam("date") String date) {
    return diary.week(studentId, Params.date(date, clock.today()));
  }

  @GET
  @Path("students/{studentId}/marks")
  public List<DiaryMark> marks(
      @PathParam("studentId") long studentId,
      @QueryParam("subject") Long subjectId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return diary.marks(
        studentId, subjectId, Params.requiredDate("from", from), Params.requiredDate("to", to));
  }

  @GET
  @Path("students/{studentId}/attendance")
  public AttendanceTotals attendanceTotals(
      @PathParam("studentId") long studentId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return diary.attendanceTotals(
        studentId, Params.requiredDate("from", from), Params.requiredDate("to", to));
  }

  @GET
  @Path("students/{studentId}/subjects")
  public List<SubjectOption> subjects(
      @PathParam("studentId") long studentId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return diary.subjects(
        studentId, Params.requiredDate("from", from), Params.requiredDate("to", to));
  }

  @POST
  @Path("students/{studentId}/notes")
  public Response note(@PathParam("studentId") long studentId, Requests.StudentNote note) {
    Params.body(note);
    long id =
        notes.add(
            studentId,
            Params.required("kind", note.kind()),
            note.text(),
            note.date(),
            note.lessonId());
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  @POST
  @Path("students/{studentId}/justifications")
  public Requests.Count justify(@PathParam("studentId") long studentId, Requests.Justify body) {
    Params.body(body);
    return new Requests.Count(
        attendance.justify(
            studentId,
            Params.required("from", body.from()),
            body.to() == null ? body.from() : body.to(),
            Params.required("reason", body.reason())));
  }

  @POST
  @Path("students/{studentId}/justification-notes")
  public Response submitNote(@PathParam("studentId") long studentId, Requests.Note note) {
    Params.body(note);
    long id =
        justifications.submit(
            studentId,
            Params.required("from", note.from()),
            note.to() == null ? note.from() : note.to(),
            note.reason(),
            note.text());
    return Response.status(Response.Status.CREATED).entity(new Requests.Created(id)).build();
  }

  @GET
  @Path("students/{studentId}/justification-notes")
  public List<PendingNote> notesOf(@PathParam("studentId") long studentId) {
    return justifications.notesOf(studentId, clock.today());
  }

  @POST
  @Path("justification-notes/{noteId}/accept")
  public Requests.Count accept(@PathParam("noteId") long noteId) {
    return new Requests.Count(justifications.accept(noteId));
  }

  @POST
  @Path("justification-notes/{noteId}/reject")
  public Response reject(@PathParam("noteId") long noteId, Requests.Reject body) {
    justifications.reject(noteId, body == null ? null : body.comment());
    return Response.noContent().build();
  }

  @GET
  @Path("classes/{classId}/justifications")
  public ClassJustifications ofClass(
      @PathParam("classId") long classId, @QueryParam("asOf") String asOf) {
    return justifications.ofClass(classId, Params.date(asOf, clock.today()));
  }
}
