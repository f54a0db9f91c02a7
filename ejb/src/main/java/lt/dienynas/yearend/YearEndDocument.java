package lt.dienynas.yearend;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import lt.dienynas.archive.ArchivePackage;

/** A stored year-end document of a class (its bytes and SHA-256), written by the summary job. */
@Entity
@Table(name = "yearend_document")
@NamedQuery(
    name = YearEndDocument.FIND,
    query = "SELECT d FROM YearEndDocument d WHERE d.classId = :classId AND d.kind = :kind")
@NamedQuery(
    name = YearEndDocument.OF_YEAR,
    query = "SELECT d FROM YearEndDocument d WHERE d.yearId = :yearId ORDER BY d.classId, d.kind")
public class YearEndDocument {
  public static final String FIND = "YearEndDocument.find";
  public static final String OF_YEAR = "YearEndDocument.ofYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_year_id", nullable = false, updatable = false)
  private long yearId;

  @Column(name = "school_class_id", nullable = false, updatable = false)
  private long classId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 30, nullable = false, updatable = false)
  private DocumentKind kind;

  @Column(name = "file_name", length = 200, nullable = false)
  private String fileName;

  @Column(name = "media_type", length = 60, nullable = false)
  private String mediaType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "sha256", length = 64, nullable = false)
  private String sha256;

  @Column(name = "produced_at", nullable = false)
  private LocalDateTime producedAt;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Version private int version;

  protected YearEndDocument() {}

  public YearEndDocument(
      long yearId,
      long classId,
      DocumentKind kind,
      String fileName,
      byte[] content,
      LocalDateTime producedAt,
      Long jobExecutionId) {
    this.yearId = yearId;
    this.classId = classId;
    this.kind = Objects.requireNonNull(kind, "kind");
    replace(fileName, content, producedAt, jobExecutionId);
  }

  /** A new rendering of the same document; the hash follows the bytes. */
  public final void replace(
      String fileName, byte[] content, LocalDateTime producedAt, Long jobExecutionId) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.mediaType = kind.mediaType();
    this.content = content.clone();
    this.sha256 = ArchivePackage.sha256(content);
    this.producedAt = Objects.requireNonNull(producedAt, "producedAt");
    this.jobExecutionId = jobExecutionId;
  }

  public Long getId() {
    return id;
  }

  public long getYearId() {
    return yearId;
  }

  public long getClassId() {
    return classId;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getSha256() {
    return sha256;
  }

  public LocalDateTime getProducedAt() {
    return producedAt;
  }

  public Long getJobExecutionId() {
    return jobExecutionId;
  }
}
