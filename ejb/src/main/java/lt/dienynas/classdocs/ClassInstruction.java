package lt.dienynas.classdocs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.shared.BusinessException;

/**
 * Saugaus elgesio ar kitas instruktažas (§21.4, §23.9): its content and date for a class or a
 * group, who recorded it, and whether the signed sign sheet has been filed ("Saugaus elgesio ir
 * kiti instruktažai" folder). Kept one year, then removed by the retention job.
 */
@Entity
@Table(name = "class_instruction")
@NamedQuery(
    name = ClassInstruction.OF_GROUP,
    query =
        "SELECT i FROM ClassInstruction i WHERE i.groupId = :groupId"
            + " ORDER BY i.date DESC, i.id DESC")
@NamedQuery(
    name = ClassInstruction.BEFORE,
    query = "SELECT i FROM ClassInstruction i WHERE i.date < :day ORDER BY i.id")
public class ClassInstruction {
  public static final String OF_GROUP = "ClassInstruction.ofGroup";
  public static final String BEFORE = "ClassInstruction.before";
  public static final int TITLE_LENGTH = 200;
  public static final int CONTENT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_year_id", nullable = false, updatable = false)
  private long yearId;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false)
  private InstructionKind kind;

  @Column(name = "instruction_date", nullable = false, updatable = false)
  private LocalDate date;

  @Column(name = "title", length = TITLE_LENGTH, nullable = false)
  private String title;

  @Column(name = "content", length = CONTENT_LENGTH, nullable = false)
  private String content;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private long recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  @Column(name = "sheet_filed_by")
  private Long sheetFiledBy;

  @Column(name = "sheet_filed_at")
  private LocalDateTime sheetFiledAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected ClassInstruction() {}

  /**
   * @throws BusinessException {@code classdocs.instruction.title}, {@code
   *     classdocs.instruction.content}
   */
  public ClassInstruction(
      long yearId,
      long groupId,
      InstructionKind kind,
      LocalDate date,
      String title,
      String content,
      long recordedBy,
      LocalDateTime recordedAt) {
    this.yearId = yearId;
    this.groupId = groupId;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.date = Objects.requireNonNull(date, "date");
    this.title = text(title, TITLE_LENGTH, "classdocs.instruction.title");
    this.content = text(content, CONTENT_LENGTH, "classdocs.instruction.content");
    this.recordedBy = recordedBy;
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /**
   * The signed sheet is in the folder.
   *
   * @throws BusinessException {@code classdocs.instruction.alreadyFiled}
   */
  public void fileSheet(long by, LocalDateTime at) {
    if (sheetFiledAt != null) {
      throw new BusinessException("classdocs.instruction.alreadyFiled", sheetFiledAt.toLocalDate());
    }
    this.sheetFiledBy = by;
    this.sheetFiledAt = Objects.requireNonNull(at, "at");
  }

  /** Whether the retention of one year has passed on this day. */
  public boolean expiredOn(LocalDate day) {
    return date.isBefore(day.minusYears(1));
  }

  private static String text(String value, int length, String key) {
    if (value == null || value.isBlank() || value.strip().length() > length) {
      throw new BusinessException(key, length);
    }
    return value.strip();
  }

  public Long getId() {
    return id;
  }

  public long getYearId() {
    return yearId;
  }

  public long getGroupId() {
    return groupId;
  }

  public InstructionKind getKind() {
    return kind;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getTitle() {
    return title;
  }

  public String getContent() {
    return content;
  }

  public long getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public Optional<Long> getSheetFiledBy() {
    return Optional.ofNullable(sheetFiledBy);
  }

  public Optional<LocalDateTime> getSheetFiledAt() {
    return Optional.ofNullable(sheetFiledAt);
  }

  public int getVersion() {
    return version;
  }
}
