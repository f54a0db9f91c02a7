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
import lt.dienynas.school.PeriodKind;
import lt.dienynas.shared.BusinessException;

/**
 * Klasės pusmečio ar metinė pažangumo ir lankomumo ataskaita (§21.17, §32): the class teacher
 * prepares it from the period results, checks and confirms it; the deputy for education accepts it
 * or returns it with a comment, and a returned one is prepared and confirmed again.
 */
@Entity
@Table(name = "class_report")
@NamedQuery(
    name = ClassReport.FIND,
    query = "SELECT r FROM ClassReport r WHERE r.classId = :classId AND r.period = :period")
@NamedQuery(
    name = ClassReport.OF_CLASS,
    query = "SELECT r FROM ClassReport r WHERE r.classId = :classId")
@NamedQuery(
    name = ClassReport.OF_YEAR,
    query = "SELECT r FROM ClassReport r WHERE r.yearId = :yearId")
public class ClassReport {
  public static final String FIND = "ClassReport.find";
  public static final String OF_CLASS = "ClassReport.ofClass";
  public static final String OF_YEAR = "ClassReport.ofYear";

  /** The longest comment of a return. */
  public static final int COMMENT_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_year_id", nullable = false, updatable = false)
  private long yearId;

  @Column(name = "school_class_id", nullable = false, updatable = false)
  private long classId;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind", length = 20, nullable = false, updatable = false)
  private PeriodKind period;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private ClassReportStatus status;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "sha256", length = 64, nullable = false)
  private String sha256;

  @Column(name = "prepared_by", nullable = false)
  private long preparedBy;

  @Column(name = "prepared_at", nullable = false)
  private LocalDateTime preparedAt;

  @Column(name = "confirmed_by")
  private Long confirmedBy;

  @Column(name = "confirmed_at")
  private LocalDateTime confirmedAt;

  @Column(name = "reviewed_by")
  private Long reviewedBy;

  @Column(name = "reviewed_at")
  private LocalDateTime reviewedAt;

  @Column(name = "review_comment", length = COMMENT_LENGTH)
  private String reviewComment;

  @Version private int version;

  protected ClassReport() {}

  public ClassReport(
      long yearId,
      long classId,
      PeriodKind period,
      byte[] content,
      long preparedBy,
      LocalDateTime at) {
    this.yearId = yearId;
    this.classId = classId;
    this.period = Objects.requireNonNull(period, "period");
    this.status = ClassReportStatus.PREPARED;
    replace(content, preparedBy, at);
  }

  /** Prepared again from the period results (a returned one, or one not yet confirmed). */
  public void prepare(byte[] newContent, long personId, LocalDateTime at) {
    if (status.handedIn()) {
      throw new BusinessException("classReport.handedIn");
    }
    // the content first: it is fetched lazily, and fetching it loads the record's other columns
    // again, which would undo changes made before
    replace(newContent, personId, at);
    status = ClassReportStatus.PREPARED;
    confirmedBy = null;
    confirmedAt = null;
  }

  /** The class teacher checked it and hands it to the deputy. */
  public void confirm(long personId, LocalDateTime at) {
    if (status != ClassReportStatus.PREPARED) {
      throw new BusinessException(
          status.handedIn() ? "classReport.handedIn" : "classReport.notPrepared");
    }
    status = ClassReportStatus.CONFIRMED;
    confirmedBy = personId;
    confirmedAt = at;
  }

  /** The deputy accepts a confirmed report. */
  public void accept(long personId, LocalDateTime at) {
    requireConfirmed();
    status = ClassReportStatus.ACCEPTED;
    review(personId, at, null);
  }

  /** The deputy returns a confirmed report with what to put right. */
  public void giveBack(long personId, LocalDateTime at, String comment) {
    requireConfirmed();
    if (comment == null || comment.isBlank()) {
      throw new BusinessException("classReport.commentRequired");
    }
    if (comment.strip().length() > COMMENT_LENGTH) {
      throw new BusinessException("classReport.commentLength", COMMENT_LENGTH);
    }
    status = ClassReportStatus.RETURNED;
    review(personId, at, comment.strip());
  }

  private void requireConfirmed() {
    if (status != ClassReportStatus.CONFIRMED) {
      throw new BusinessException("classReport.notConfirmed");
    }
  }

  private void review(long personId, LocalDateTime at, String comment) {
    reviewedBy = personId;
    reviewedAt = at;
    reviewComment = comment;
  }

  private void replace(byte[] newContent, long personId, LocalDateTime at) {
    content = Objects.requireNonNull(newContent, "content").clone();
    sha256 = ArchivePackage.sha256(content);
    preparedBy = personId;
    preparedAt = at;
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

  public PeriodKind getPeriod() {
    return period;
  }

  public ClassReportStatus getStatus() {
    return status;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getSha256() {
    return sha256;
  }

  public long getPreparedBy() {
    return preparedBy;
  }

  public LocalDateTime getPreparedAt() {
    return preparedAt;
  }

  public Long getConfirmedBy() {
    return confirmedBy;
  }

  public LocalDateTime getConfirmedAt() {
    return confirmedAt;
  }

  public Long getReviewedBy() {
    return reviewedBy;
  }

  public LocalDateTime getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public int getVersion() {
    return version;
  }
}
