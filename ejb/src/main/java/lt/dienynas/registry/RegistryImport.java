package lt.dienynas.registry;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.people.Person;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.shared.BusinessException;

/**
 * One uploaded registry export (Mokinių registras / Pedagogų registras) and the batch job that
 * imports it. The file's text is kept, so a restarted job reads exactly the same lines. No
 * optimistic lock: the page that starts the job and the job itself write different columns at the
 * same moment, and EclipseLink updates only the columns that changed.
 */
@Entity
@Table(name = "registry_import")
@NamedQuery(
    name = RegistryImport.FIND_RECENT,
    query =
        "SELECT i FROM RegistryImport i JOIN FETCH i.schoolYear JOIN FETCH i.startedBy"
            + " ORDER BY i.startedAt DESC, i.id DESC")
public class RegistryImport {
  public static final String FIND_RECENT = "RegistryImport.findRecent";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private RegistryKind kind;

  @Column(name = "file_name", length = 200, nullable = false, updatable = false)
  private String fileName;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false, updatable = false)
  private String content;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Column(name = "admitted_from", nullable = false, updatable = false)
  private LocalDate admittedFrom;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "started_by", nullable = false, updatable = false)
  private Person startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private LocalDateTime startedAt;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private ImportStatus status;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  protected RegistryImport() {}

  /**
   * @param admittedFrom the day imported students go on their class lists when the file names no
   *     "Mokymosi pradžia"
   * @throws BusinessException {@code registry.fileName}, {@code schoolYear.readOnly} or {@code
   *     schoolYear.outside}
   */
  public RegistryImport(
      RegistryKind kind,
      String fileName,
      String content,
      SchoolYear schoolYear,
      LocalDate admittedFrom,
      Person startedBy,
      LocalDateTime startedAt) {
    this.kind = Objects.requireNonNull(kind, "kind");
    String name = fileName == null ? "" : fileName.strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new BusinessException("registry.fileName");
    }
    Objects.requireNonNull(schoolYear, "schoolYear").requireWritable();
    Objects.requireNonNull(admittedFrom, "admittedFrom");
    if (!schoolYear.contains(admittedFrom)) {
      throw new BusinessException(
          "schoolYear.outside", admittedFrom, admittedFrom, schoolYear.getName());
    }
    this.fileName = name;
    this.content = Objects.requireNonNull(content, "content");
    this.schoolYear = schoolYear;
    this.admittedFrom = admittedFrom;
    this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
    this.startedAt = startedAt.truncatedTo(ChronoUnit.MILLIS);
    this.status = ImportStatus.STARTED;
  }

  public void attachJob(long executionId) {
    this.jobExecutionId = executionId;
  }

  public void validated() {
    this.status = ImportStatus.VALIDATED;
  }

  public void finish(boolean succeeded, LocalDateTime at) {
    this.status = succeeded ? ImportStatus.COMPLETED : ImportStatus.FAILED;
    this.finishedAt = at.truncatedTo(ChronoUnit.MILLIS);
  }

  /** A restarted job runs again. */
  public void restarted(long executionId) {
    this.jobExecutionId = executionId;
    this.status = ImportStatus.STARTED;
    this.finishedAt = null;
  }

  public Long getId() {
    return id;
  }

  public RegistryKind getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContent() {
    return content;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public LocalDate getAdmittedFrom() {
    return admittedFrom;
  }

  public Person getStartedBy() {
    return startedBy;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public Optional<Long> getJobExecutionId() {
    return Optional.ofNullable(jobExecutionId);
  }

  public ImportStatus getStatus() {
    return status;
  }

  public Optional<LocalDateTime> getFinishedAt() {
    return Optional.ofNullable(finishedAt);
  }
}
