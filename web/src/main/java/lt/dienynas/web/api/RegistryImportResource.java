package lt.dienynas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.batch.registry.RegistryImportJobs;
import lt.dienynas.batch.registry.RegistryImportJobs.JobState;
import lt.dienynas.registry.RegistryImportService;
import lt.dienynas.registry.RegistryImportService.ImportSummary;
import lt.dienynas.registry.RegistryImportService.ReportLine;
import lt.dienynas.registry.RegistryKind;
import lt.dienynas.shared.Messages;
import lt.dienynas.shared.SchoolClock;

/**
 * Registrų importas over the API (§9, §18.5): the DB admin sends a Mokinių / Pedagogų registras
 * export (the CSV file's text in the JSON body, within the API's 1 MB), which starts the {@code
 * registry-import} job; its progress (lines of the file, lines checked, the counts per outcome, the
 * job's step and lines read) and its report line by line (reasons in Lithuanian) are read while it
 * runs; a failed or stopped job restarts. The same services and access rules as {@code
 * /registry/imports.xhtml}.
 */
@Path("v1/registry/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistryImportResource {
  @Inject private RegistryImportJobs jobs;
  @Inject private RegistryImportService imports;
  @Inject private SchoolClock clock;

  /**
   * An import and where it stands: {@code lines} of data in the file, {@code checked} of them
   * checked so far (the outcome counts' sum), and its job.
   */
  public record ImportProgress(ImportSummary summary, int lines, long checked, JobState job) {}

  @GET
  public List<ImportSummary> recent() {
    return imports.recent();
  }

  /**
   * An export to import: {@code kind} STUDENTS or STAFF, the file's name and its text (the CSV as
   * read in UTF-8), the school year, and the first day on the class list for lines that name none
   * ({@code admittedFrom}, default today as on the page).
   */
  public record ImportInput(
      String kind, Long schoolYearId, String fileName, String content, LocalDate admittedFrom) {}

  /** Starts an import of the file; its progress as it stands at once. */
  @POST
  public Response start(ImportInput input) {
    Params.body(input);
    long id =
        jobs.start(
            Params.optionalEnum(RegistryKind.class, "kind", input.kind()),
            input.fileName(),
            input.content() == null ? "" : input.content(),
            Params.required("schoolYearId", input.schoolYearId()),
            input.admittedFrom() == null ? clock.today() : input.admittedFrom());
    return Response.status(Response.Status.CREATED).entity(progress(id)).build();
  }

  @GET
  @Path("{id}")
  public ImportProgress progress(@PathParam("id") long id) {
    ImportSummary summary = imports.summary(id);
    return new ImportProgress(summary, imports.lineCount(id), summary.checked(), jobs.state(id));
  }

  @GET
  @Path("{id}/report")
  public List<ReportLine> report(@PathParam("id") long id) {
    return imports.report(id, Messages.LITHUANIAN);
  }

  @POST
  @Path("{id}/restart")
  public ImportProgress restart(@PathParam("id") long id) {
    jobs.restart(id);
    return progress(id);
  }
}
