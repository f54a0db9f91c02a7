package lt.dienynas.preschool;

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
import java.time.YearMonth;
import java.util.Objects;
import lt.dienynas.archive.ArchivePackage;
import lt.dienynas.shared.BusinessException;

/**
 * Vaikų lankomumo apskaitos žiniaraštis (§22.9): the group's month of attendance, finished on the
 * month's last working day and submitted to the deputy for education, who approves it (the month is
 * then locked, §22.6) or returns it with a comment; a returned sheet is submitted again.
 */
@Entity
@Table(name = "preschool_sheet")
@NamedQuery(
    name = AttendanceSheet.FIND,
    query = "SELECT s FROM AttendanceSheet s WHERE s.groupId = :groupId AND s.month = :month")
@NamedQuery(
    name = AttendanceSheet.OF_MONTH,
    query = "SELECT s FROM AttendanceSheet s WHERE s.month = :month")
public class AttendanceSheet {
  public static final String FIND = "AttendanceSheet.find";
  public static final String OF_MONTH = "AttendanceSheet.ofMonth";

  /** The longest comment of a return. */
  public static final int COMMENT_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Column(name = "month", length = 7, nullable = false, updatable = false)
  private String month;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private SheetStatus status;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "sha256", length = 64, nullable = false)
  private String sha256;

  @Column(name = "submitted_by", nullable = false)
  private long submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private LocalDateTime submittedAt;

  @Column(name = "reviewed_by")
  private Long reviewedBy;

  @Column(name = "reviewed_at")
  private LocalDateTime reviewedAt;

  @Column(name = "review_comment", length = COMMENT_LENGTH)
  private String reviewComment;

  @Version private int version;

  protected AttendanceSheet() {}

  AttendanceSheet(long groupId, YearMonth month, byte[] pdf, long by, LocalDateTime at) {
    this.groupId = groupId;
    this.month = month.toString();
    this.status = SheetStatus.SUBMITTED;
    replace(pdf, by, at);
  }

  /**
   * Submitted again after a return.
   *
   * @throws BusinessException {@code preschool.sheet.submitted}, {@code preschool.sheet.approved}
   */
  void resubmit(byte[] pdf, long by, LocalDateTime at) {
    if (status != SheetStatus.RETURNED) {
      throw new BusinessException(
          status == SheetStatus.APPROVED
              ? "preschool.sheet.approved"
              : "preschool.sheet.submitted");
    }
    // the content first: it is fetched lazily, and fetching it reloads the other columns
    replace(pdf, by, at);
    status = SheetStatus.SUBMITTED;
  }

  /** The deputy approves a submitted sheet. */
  void approve(long by, LocalDateTime at) {
    requireSubmitted();
    status = SheetStatus.APPROVED;
    review(by, at, null);
  }

  /**
   * The deputy returns a submitted sheet with what to put right.
   *
   * @throws BusinessException {@code preschool.sheet.commentRequired}, {@code
   *     preschool.sheet.commentLength}
   */
  void giveBack(long by, LocalDateTime at, String comment) {
    requireSubmitted();
    if (comment == null || comment.isBlank()) {
      throw new BusinessException("preschool.sheet.commentRequired");
    }
    if (comment.strip().length() > COMMENT_LENGTH) {
      throw new BusinessException("preschool.sheet.commentLength", COMMENT_LENGTH);
    }
    status = SheetStatus.RETURNED;
    review(by, at, comment.strip());
  }

  private void requireSubmitted() {
    if (status != SheetStatus.SUBMITTED) {
      throw new BusinessException("preschool.sheet.notSubmitted");
    }
  }

  private void review(long by, LocalDateTime at, String comment) {
    reviewedBy = by;
    reviewedAt = at;
    reviewComment = comment;
  }

  private void replace(byte[] pdf, long by, LocalDateTime at) {
    content = Objects.requireNonNull(pdf, "content").clone();
    sha256 = ArchivePackage.sha256(content);
    submittedBy = by;
    submittedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getGroupId() {
    return groupId;
  }

  public YearMonth getMonth() {
    return YearMonth.parse(month);
  }

  public SheetStatus getStatus() {
    return status;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getSha256() {
    return sha256;
  }

  public long getSubmittedBy() {
    return submittedBy;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
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
