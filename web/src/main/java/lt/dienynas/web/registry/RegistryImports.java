package lt.dienynas.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.batch.registry.RegistryImportJobs;
import lt.dienynas.batch.registry.RegistryImportJobs.JobState;
import lt.dienynas.registry.ImportStatus;
import lt.dienynas.registry.RegistryFile;
import lt.dienynas.registry.RegistryImportService;
import lt.dienynas.registry.RegistryImportService.ImportSummary;
import lt.dienynas.registry.RegistryImportService.ReportLine;
import lt.dienynas.registry.RegistryKind;
import lt.dienynas.school.YearSetupService;
import lt.dienynas.school.YearSetupService.YearLine;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * Registrų importas (§9, §18.5): upload a Mokinių / Pedagogų registras export, follow the job's
 * progress, read its report line by line.
 */
@Named
@ViewScoped
public class RegistryImports implements Serializable {
  @Inject private SchoolClock clock;

  @Serial private static final long serialVersionUID = 1L;

  @EJB private RegistryImportJobs jobs;
  @EJB private RegistryImportService imports;
  @EJB private YearSetupService setup;

  private Long id;
  private List<ImportSummary> recent;
  private List<YearLine> years;
  private ImportSummary selected;
  private JobState state;
  private Integer lines;
  private List<ReportLine> report;

  private RegistryKind kind = RegistryKind.STUDENTS;
  private Long year;
  private LocalDate admittedFrom;
  private transient Part file;

  public void load() {
    recent = imports.recent();
    years = setup.years().stream().filter(y -> !y.readOnly()).toList();
    if (year == null && !years.isEmpty()) {
      year = years.get(0).id();
    }
    refresh();
  }

  /** Re-reads the selected import: status, progress and report. */
  public void refresh() {
    if (id == null) {
      return;
    }
    selected = imports.summary(id);
    if (lines == null) {
      lines = imports.lineCount(id);
    }
    state = jobs.state(id);
    report = imports.report(id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public String upload() {
    if (file == null || file.getSize() == 0) {
      throw new BusinessException("registry.empty");
    }
    if (file.getSize() > RegistryFile.MAX_CHARS) {
      throw new BusinessException("registry.tooLarge", RegistryFile.MAX_CHARS);
    }
    String content = utf8(file);
    LocalDate from = admittedFrom == null ? clock.today() : admittedFrom;
    long created =
        jobs.start(kind, file.getSubmittedFileName(), content, year == null ? 0 : year, from);
    return "/registry/imports.xhtml?faces-redirect=true&id=" + created;
  }

  public void restart() {
    jobs.restart(id);
    refresh();
  }

  /** Whether the job still runs, so that the page keeps polling. */
  public boolean isRunning() {
    return selected != null
        && (selected.status() == ImportStatus.STARTED
            || selected.status() == ImportStatus.VALIDATED)
        && (state == null || !state.restartable());
  }

  private static String utf8(Part part) {
    try (InputStream in = part.getInputStream()) {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BusinessException("registry.encoding");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public RegistryKind[] getKinds() {
    return RegistryKind.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public List<ImportSummary> getRecent() {
    return recent;
  }

  public List<YearLine> getYears() {
    return years;
  }

  public ImportSummary getSelected() {
    return selected;
  }

  /** The lines of data in the file. */
  public int getLines() {
    return lines == null ? 0 : lines;
  }

  /** Lines checked of all, in per cent, for the progress bar. */
  public int getPercent() {
    if (selected == null || lines == null || lines == 0) {
      return 0;
    }
    return (int) Math.min(100, selected.checked() * 100 / lines);
  }

  public JobState getState() {
    return state;
  }

  public List<ReportLine> getReport() {
    return report;
  }

  public RegistryKind getKind() {
    return kind;
  }

  public void setKind(RegistryKind kind) {
    this.kind = kind;
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
  }

  public LocalDate getAdmittedFrom() {
    return admittedFrom;
  }

  public void setAdmittedFrom(LocalDate admittedFrom) {
    this.admittedFrom = admittedFrom;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
