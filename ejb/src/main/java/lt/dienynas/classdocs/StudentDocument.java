package lt.dienynas.classdocs;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/**
 * Mokinio dokumentas iš kitos įstaigos (§21.14, §23.6, §23.10): the marks a student received at a
 * sanatorium, another school or in home schooling, as the file the class teacher uploaded for the
 * subject teachers, who consider them in the period grades.
 */
@Entity
@Table(name = "student_document")
public class StudentDocument {
  public static final int INSTITUTION_LENGTH = 200;
  public static final int NOTE_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_year_id", nullable = false, updatable = false)
  private long yearId;

  @Column(name = "student_id", nullable = false, updatable = false)
  private long studentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false)
  private DocumentKind kind;

  @Column(name = "institution", length = INSTITUTION_LENGTH, nullable = false)
  private String institution;

  @Column(name = "note", length = NOTE_LENGTH)
  private String note;

  @Column(name = "file_name", length = 255, nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", length = 100, nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private int sizeBytes;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private long uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private LocalDateTime uploadedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected StudentDocument() {}

  /**
   * @throws BusinessException {@code classdocs.document.institution}, {@code
   *     classdocs.document.note}
   */
  public StudentDocument(
      long yearId,
      long studentId,
      DocumentKind kind,
      String institution,
      String note,
      String fileName,
      String contentType,
      byte[] content,
      long uploadedBy,
      LocalDateTime uploadedAt) {
    if (institution == null
        || institution.isBlank()
        || institution.strip().length() > INSTITUTION_LENGTH) {
      throw new BusinessException("classdocs.document.institution", INSTITUTION_LENGTH);
    }
    if (note != null && note.strip().length() > NOTE_LENGTH) {
      throw new BusinessException("classdocs.document.note", NOTE_LENGTH);
    }
    this.yearId = yearId;
    this.studentId = studentId;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.institution = institution.strip();
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.content = content.clone();
    this.sizeBytes = content.length;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
  }

  public Long getId() {
    return id;
  }

  public long getYearId() {
    return yearId;
  }

  public long getStudentId() {
    return studentId;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public String getInstitution() {
    return institution;
  }

  public String getNote() {
    return note;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public long getUploadedBy() {
    return uploadedBy;
  }

  public LocalDateTime getUploadedAt() {
    return uploadedAt;
  }

  public int getVersion() {
    return version;
  }
}
