package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lt.dienynas.classdocs.ClassAttendanceReport;
import lt.dienynas.classdocs.DownloadFile;
import lt.dienynas.classdocs.InstructionKind;
import lt.dienynas.classdocs.InstructionService;
import lt.dienynas.classdocs.InstructionView;
import lt.dienynas.classdocs.MonthlyReportService;
import lt.dienynas.classdocs.NewInstruction;
import lt.dienynas.classdocs.StudentDocumentService;
import lt.dienynas.classdocs.StudentDocumentView;
import lt.dienynas.shared.Messages;

/**
 * The class teacher's records over the API (§21.4, §21.8, §21.11, §21.14, §23.9): instructions
 * (recorded, their sign sheet, the signed sheet filed), students' documents from other institutions
 * (listed and downloaded; uploaded through the portal, the JSON API takes no files), the monthly
 * reports. The same services and access rules as the portal pages; printed documents are in
 * Lithuanian (§3). A file is also answered to a client that asks for JSON (whose errors are JSON).
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassDocumentResource {
  @Inject private InstructionService instructions;
  @Inject private StudentDocumentService documents;
  @Inject private MonthlyReportService reports;

  /** An instruction to record: {@code kind} SAFETY or OTHER, {@code date} yyyy-MM-dd. */
  public record InstructionBody(String kind, String date, String title, String content) {}

  @GET
  @Path("groups/{groupId}/instructions")
  public List<InstructionView> instructions(@PathParam("groupId") long groupId) {
    return instructions.ofGroup(groupId);
  }

  @POST
  @Path("groups/{groupId}/instructions")
  public Response record(@PathParam("groupId") long groupId, InstructionBody body) {
    Params.body(body);
    InstructionView created =
        instructions.record(
            new NewInstruction(
                groupId,
                Params.enumValue(InstructionKind.class, "kind", body.kind(), null),
                Params.requiredDate("date", body.date()),
                body.title(),
                body.content()));
    return Response.status(Response.Status.CREATED)
        .entity(created)
        .tag(Versions.tag(created.version()))
        .build();
  }

  /** The signed sheet is filed; {@code If-Match} carries the version read. */
  @POST
  @Path("instructions/{id}/filed")
  public Response filed(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    InstructionView filed = instructions.fileSheet(id, Versions.expected(ifMatch));
    return Response.ok(filed).tag(Versions.tag(filed.version())).build();
  }

  @GET
  @Path("instructions/{id}/sheet")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response sheet(@PathParam("id") long id) {
    return file(instructions.signSheet(id, Messages.LITHUANIAN));
  }

  @GET
  @Path("students/{studentId}/documents")
  public List<StudentDocumentView> studentDocuments(@PathParam("studentId") long studentId) {
    return documents.ofStudent(studentId);
  }

  /**
   * The class teacher uploads a student's document: the file is the body (any type the attachment
   * rules allow, at most their 5 MB; {@link lt.dienynas.web.shell.UploadLimitFilter} lets this one
   * path read that much), what it is comes in the query.
   */
  @POST
  @Path("students/{studentId}/documents")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  public Response upload(
      @PathParam("studentId") long studentId,
      @QueryParam("kind") String kind,
      @QueryParam("fileName") String fileName,
      @QueryParam("institution") String institution,
      @QueryParam("note") String note,
      byte[] content) {
    lt.dienynas.classdocs.DocumentKind documentKind =
        Params.enumValue(lt.dienynas.classdocs.DocumentKind.class, "kind", kind, null);
    StudentDocumentView created =
        documents.upload(
            new lt.dienynas.classdocs.NewStudentDocument(
                studentId,
                documentKind,
                institution,
                note,
                new lt.dienynas.messaging.NewAttachment(
                    Params.required("fileName", fileName),
                    content == null ? new byte[0] : content)));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("groups/{groupId}/subjects/{subjectId}/documents")
  public List<StudentDocumentView> groupDocuments(
      @PathParam("groupId") long groupId, @PathParam("subjectId") long subjectId) {
    return documents.ofGroup(groupId, subjectId);
  }

  @GET
  @Path("student-documents/{id}/file")
  @Produces(MediaType.WILDCARD)
  public Response documentFile(@PathParam("id") long id) {
    return file(documents.file(id));
  }

  @GET
  @Path("classes/{classId}/attendance/{month}")
  public ClassAttendanceReport attendance(
      @PathParam("classId") long classId, @PathParam("month") String month) {
    return reports.classAttendance(classId, Params.requiredMonth(month));
  }

  @GET
  @Path("classes/{classId}/attendance/{month}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response attendancePdf(
      @PathParam("classId") long classId, @PathParam("month") String month) {
    return file(
        reports.classAttendancePdf(classId, Params.requiredMonth(month), Messages.LITHUANIAN));
  }

  @GET
  @Path("classes/{classId}/attendance/{month}/csv")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  public Response attendanceCsv(
      @PathParam("classId") long classId, @PathParam("month") String month) {
    return file(
        reports.classAttendanceCsv(classId, Params.requiredMonth(month), Messages.LITHUANIAN));
  }

  /** One student's progress and attendance report ({@code student}), or the whole class's. */
  @GET
  @Path("classes/{classId}/progress/{month}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response progressPdf(
      @PathParam("classId") long classId,
      @PathParam("month") String month,
      @QueryParam("student") Long student) {
    return file(
        reports.progressReport(classId, student, Params.requiredMonth(month), Messages.LITHUANIAN));
  }

  private static Response file(DownloadFile file) {
    return Response.ok(file.content(), file.contentType())
        .header("X-Content-Type-Options", "nosniff")
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }
}
