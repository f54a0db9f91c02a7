package lt.dienynas.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import lt.dienynas.archive.PackageVerifier;
import lt.dienynas.batch.yearend.JobRun;
import lt.dienynas.batch.yearend.YearEndJobs;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.yearend.ClassStatus;
import lt.dienynas.yearend.DocumentKind;
import lt.dienynas.yearend.SignOffService;
import lt.dienynas.yearend.SignOffView;
import lt.dienynas.yearend.StoredFile;
import lt.dienynas.yearend.YearEndArchive;
import lt.dienynas.yearend.YearOption;

/**
 * The year end over the API (§21.18, §32–§35): the same services as the portal's year-end pages —
 * the summaries' sign-off (the class teacher confirms, the deputy accepts), the stored documents,
 * the year's archive package and its check, and the DB admin's summary and archive jobs.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class YearEndResource {
  /** At most this many job executions are listed. */
  private static final int RUNS = 20;

  @EJB private SignOffService signOffs;
  @EJB private YearEndArchive archive;
  @EJB private YearEndJobs jobs;

  /** A started job execution. */
  public record Started(long executionId) {}

  /** The stored package's check: intact or the problems, each naming its file. */
  public record Verification(
      boolean intact, int filesChecked, String packageDigest, List<String> problems) {}

  @GET
  @Path("year-end/years")
  public List<YearOption> years() {
    return signOffs.years();
  }

  /** The classes of a year with their summaries' state. */
  @GET
  @Path("school-years/{yearId}/sign-offs")
  public List<ClassStatus> classes(@PathParam("yearId") long yearId) {
    return signOffs.classes(yearId);
  }

  @GET
  @Path("classes/{classId}/sign-off")
  public SignOffView signOff(@PathParam("classId") long classId) {
    return signOffs.view(classId);
  }

  @POST
  @Path("classes/{classId}/sign-off/confirm")
  public SignOffView confirm(@PathParam("classId") long classId) {
    return signOffs.confirm(classId);
  }

  @POST
  @Path("classes/{classId}/sign-off/accept")
  public SignOffView accept(@PathParam("classId") long classId) {
    return signOffs.accept(classId);
  }

  /** A class's stored year-end document: the summary (PDF, CSV) or a period report. */
  @GET
  @Path("classes/{classId}/year-end-documents/{kind}")
  @Produces(MediaType.WILDCARD)
  public Response document(@PathParam("classId") long classId, @PathParam("kind") String kind) {
    DocumentKind documentKind;
    try {
      documentKind = DocumentKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new BusinessException("api.badValue", "kind");
    }
    return file(archive.document(classId, documentKind).orElseThrow(NotFoundException::new));
  }

  /** The year's archive package (ZIP), for the archivist and the school's management. */
  @GET
  @Path("school-years/{yearId}/archive-package")
  @Produces("application/zip")
  public Response archivePackage(@PathParam("yearId") long yearId) {
    return file(archive.archivePackage(yearId).orElseThrow(NotFoundException::new));
  }

  /** Checks the stored package against its own manifest. */
  @GET
  @Path("school-years/{yearId}/archive-package/verification")
  public Verification verify(@PathParam("yearId") long yearId) {
    StoredFile stored = archive.archivePackage(yearId).orElseThrow(NotFoundException::new);
    PackageVerifier.Result result = archive.verify(stored.content());
    return new Verification(
        result.intact(), result.filesChecked(), result.packageDigest(), result.problems());
  }

  @GET
  @Path("year-end-jobs")
  public List<JobRun> runs() {
    return jobs.executions(RUNS);
  }

  @GET
  @Path("year-end-jobs/{executionId}")
  public JobRun run(@PathParam("executionId") long executionId) {
    return jobs.run(executionId);
  }

  @POST
  @Path("school-years/{yearId}/year-end-jobs/summaries")
  public Response startSummaries(@PathParam("yearId") long yearId) {
    return started(jobs.startSummaries(yearId));
  }

  @POST
  @Path("school-years/{yearId}/year-end-jobs/archive")
  public Response startArchive(@PathParam("yearId") long yearId) {
    return started(jobs.startArchive(yearId));
  }

  @POST
  @Path("year-end-jobs/{executionId}/stop")
  public Response stop(@PathParam("executionId") long executionId) {
    jobs.stop(executionId);
    return Response.noContent().build();
  }

  @POST
  @Path("year-end-jobs/{executionId}/restart")
  public Response restart(@PathParam("executionId") long executionId) {
    return started(jobs.restart(executionId));
  }

  private static Response started(long executionId) {
    return Response.status(Response.Status.CREATED).entity(new Started(executionId)).build();
  }

  private static Response file(StoredFile file) {
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .header("X-Content-SHA256", file.sha256())
        .build();
  }
}
