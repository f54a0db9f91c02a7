package lt.dienynas.correction;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lt.dienynas.journal.Lesson;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.shared.BusinessException;

/**
 * An act permitting a change of locked diary data (Annex 1, §19.9, §23.11, §30.1). Its author
 * drafts and submits it; the deputy for education and the DB admin each agree („SUDERINTA“) or
 * reject it with a reason; once both agreed, a DB admin other than the author applies it.
 */
@Entity
@Table(name = "correction_act")
@NamedQuery(
    name = CorrectionAct.LAST_SEQ,
    query = "SELECT MAX(a.seq) FROM CorrectionAct a WHERE a.schoolYear = :year")
@NamedQuery(
    name = CorrectionAct.OF_YEAR,
    query =
        "SELECT a FROM CorrectionAct a JOIN FETCH a.schoolYear JOIN FETCH a.author"
            + " JOIN FETCH a.group LEFT JOIN FETCH a.teacher LEFT JOIN FETCH a.subject"
            + " LEFT JOIN FETCH a.deputy LEFT JOIN FETCH a.admin LEFT JOIN FETCH a.appliedBy"
            + " WHERE a.schoolYear.id = :yearId ORDER BY a.id")
@NamedQuery(
    name = CorrectionAct.OF_YEAR_IN,
    query = "SELECT a FROM CorrectionAct a WHERE a.schoolYear = :year AND a.status IN :statuses")
public class CorrectionAct {
  public static final String LAST_SEQ = "CorrectionAct.lastSeq";
  public static final String OF_YEAR = "CorrectionAct.ofYear";
  public static final String OF_YEAR_IN = "CorrectionAct.ofYearIn";
  public static final int TEXT_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Column(name = "act_number", length = 20, nullable = false, updatable = false)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private CorrectionStatus status;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false, updatable = false)
  private Person author;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "teacher_id", updatable = false)
  private Person teacher;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private StudyGroup group;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "subject_id", updatable = false)
  private Subject subject;

  @Column(name = "record_date", nullable = false, updatable = false)
  private LocalDate recordDate;

  @Column(name = "error_nature", length = TEXT_LENGTH, nullable = false, updatable = false)
  private String errorNature;

  @Column(name = "reason", length = TEXT_LENGTH, nullable = false, updatable = false)
  private String reason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "deputy_id")
  private Person deputy;

  @Enumerated(EnumType.STRING)
  @Column(name = "deputy_decision", length = 10)
  private Decision deputyDecision;

  @Column(name = "deputy_comment", length = TEXT_LENGTH)
  private String deputyComment;

  @Column(name = "deputy_decided_at")
  private LocalDateTime deputyDecidedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "admin_id")
  private Person admin;

  @Enumerated(EnumType.STRING)
  @Column(name = "admin_decision", length = 10)
  private Decision adminDecision;

  @Column(name = "admin_comment", length = TEXT_LENGTH)
  private String adminComment;

  @Column(name = "admin_decided_at")
  private LocalDateTime adminDecidedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "applied_by")
  private Person appliedBy;

  @Column(name = "applied_at")
  private LocalDateTime appliedAt;

  @Column(name = "archived_at")
  private LocalDateTime archivedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @OneToMany(mappedBy = "act", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<CorrectionItem> items = new ArrayList<>();

  protected CorrectionAct() {}

  /**
   * @throws BusinessException {@code correction.text} for a missing or too long nature or reason
   */
  CorrectionAct(
      SchoolYear schoolYear,
      int seq,
      Person author,
      Person teacher,
      StudyGroup group,
      Subject subject,
      LocalDate recordDate,
      String errorNature,
      String reason,
      LocalDateTime now) {
    this.schoolYear = schoolYear;
    this.seq = seq;
    this.number = numberOf(schoolYear, seq);
    this.status = CorrectionStatus.DRAFT;
    this.author = author;
    this.teacher = teacher;
    this.group = group;
    this.subject = subject;
    this.recordDate = recordDate;
    this.errorNature = requireText(errorNature);
    this.reason = requireText(reason);
    this.createdAt = now;
  }

  /** "2026-2027/001": the school year's calendar years and the act's number within it. */
  static String numberOf(SchoolYear year, int seq) {
    return String.format(
        "%d-%d/%03d", year.getStartDate().getYear(), year.getEndDate().getYear(), seq);
  }

  void addLine(CorrectionLine line, Student student, Lesson lesson) {
    items.add(new CorrectionItem(this, items.size() + 1, line, student, lesson));
  }

  /**
   * @throws BusinessException {@code correction.status}
   */
  void submit(LocalDateTime now) {
    requireStatus(CorrectionStatus.DRAFT);
    status = CorrectionStatus.SUBMITTED;
    submittedAt = now;
  }

  /**
   * The deputy's answer; the act is agreed once the admin has agreed too, rejected on any refusal.
   * Not by the act's author, nor by the person who already answered as the DB admin.
   *
   * @throws BusinessException {@code correction.ownAct}, {@code correction.samePerson}, {@code
   *     correction.status}, {@code correction.decided}, {@code correction.rejectReason}
   */
  void decideAsDeputy(Person by, Decision decision, String comment, LocalDateTime now) {
    requireOtherParty(by, admin);
    requireStatus(CorrectionStatus.SUBMITTED);
    if (deputyDecision != null) {
      throw new BusinessException("correction.decided");
    }
    String text = commentOf(decision, comment);
    deputy = by;
    deputyDecision = decision;
    deputyComment = text;
    deputyDecidedAt = now;
    settle();
  }

  /**
   * The DB admin's answer; not by the act's author, nor by the person who already answered as the
   * deputy.
   *
   * @throws BusinessException {@code correction.ownAct}, {@code correction.samePerson}, {@code
   *     correction.status}, {@code correction.decided}, {@code correction.rejectReason}
   */
  void decideAsAdmin(Person by, Decision decision, String comment, LocalDateTime now) {
    requireOtherParty(by, deputy);
    requireStatus(CorrectionStatus.SUBMITTED);
    if (adminDecision != null) {
      throw new BusinessException("correction.decided");
    }
    String text = commentOf(decision, comment);
    admin = by;
    adminDecision = decision;
    adminComment = text;
    adminDecidedAt = now;
    settle();
  }

  /**
   * Applied by a DB admin other than the author, once both the deputy and the admin agreed.
   *
   * @throws BusinessException {@code correction.ownAct} for the author, {@code
   *     correction.notAgreed} unless both the deputy and the admin agreed
   */
  void markApplied(Person by, LocalDateTime now) {
    if (samePerson(by, author)) {
      throw new BusinessException("correction.ownAct");
    }
    if (status != CorrectionStatus.AGREED
        || deputyDecision != Decision.AGREED
        || adminDecision != Decision.AGREED) {
      throw new BusinessException("correction.notAgreed");
    }
    status = CorrectionStatus.APPLIED;
    appliedBy = by;
    appliedAt = now;
  }

  void archive(LocalDateTime now) {
    if (status == CorrectionStatus.APPLIED || status == CorrectionStatus.REJECTED) {
      status = CorrectionStatus.ARCHIVED;
      archivedAt = now;
    }
  }

  /** The two agreeing parties are two people, neither of them the author. */
  private void requireOtherParty(Person by, Person otherParty) {
    if (samePerson(by, author)) {
      throw new BusinessException("correction.ownAct");
    }
    if (samePerson(by, otherParty)) {
      throw new BusinessException("correction.samePerson");
    }
  }

  private static boolean samePerson(Person a, Person b) {
    return a != null && b != null && (a == b || (a.getId() != null && a.getId().equals(b.getId())));
  }

  private void settle() {
    if (deputyDecision == Decision.REJECTED || adminDecision == Decision.REJECTED) {
      status = CorrectionStatus.REJECTED;
    } else if (deputyDecision == Decision.AGREED && adminDecision == Decision.AGREED) {
      status = CorrectionStatus.AGREED;
    }
  }

  private void requireStatus(CorrectionStatus expected) {
    if (status != expected) {
      throw new BusinessException("correction.status", number);
    }
  }

  private static String commentOf(Decision decision, String comment) {
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (decision == Decision.REJECTED && text == null) {
      throw new BusinessException("correction.rejectReason");
    }
    if (text != null && text.length() > TEXT_LENGTH) {
      throw new BusinessException("correction.text", TEXT_LENGTH);
    }
    return text;
  }

  private static String requireText(String text) {
    if (text == null || text.isBlank() || text.strip().length() > TEXT_LENGTH) {
      throw new BusinessException("correction.text", TEXT_LENGTH);
    }
    return text.strip();
  }

  public Long getId() {
    return id;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public String getNumber() {
    return number;
  }

  public CorrectionStatus getStatus() {
    return status;
  }

  public Person getAuthor() {
    return author;
  }

  public Optional<Person> getTeacher() {
    return Optional.ofNullable(teacher);
  }

  public StudyGroup getGroup() {
    return group;
  }

  public Optional<Subject> getSubject() {
    return Optional.ofNullable(subject);
  }

  public LocalDate getRecordDate() {
    return recordDate;
  }

  public String getErrorNature() {
    return errorNature;
  }

  public String getReason() {
    return reason;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public Optional<LocalDateTime> getSubmittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<Person> getDeputy() {
    return Optional.ofNullable(deputy);
  }

  public Optional<Decision> getDeputyDecision() {
    return Optional.ofNullable(deputyDecision);
  }

  public Optional<String> getDeputyComment() {
    return Optional.ofNullable(deputyComment);
  }

  public Optional<LocalDateTime> getDeputyDecidedAt() {
    return Optional.ofNullable(deputyDecidedAt);
  }

  public Optional<Person> getAdmin() {
    return Optional.ofNullable(admin);
  }

  public Optional<Decision> getAdminDecision() {
    return Optional.ofNullable(adminDecision);
  }

  public Optional<String> getAdminComment() {
    return Optional.ofNullable(adminComment);
  }

  public Optional<LocalDateTime> getAdminDecidedAt() {
    return Optional.ofNullable(adminDecidedAt);
  }

  public Optional<Person> getAppliedBy() {
    return Optional.ofNullable(appliedBy);
  }

  public Optional<LocalDateTime> getAppliedAt() {
    return Optional.ofNullable(appliedAt);
  }

  public Optional<LocalDateTime> getArchivedAt() {
    return Optional.ofNullable(archivedAt);
  }

  public List<CorrectionItem> getItems() {
    return List.copyOf(items);
  }
}
