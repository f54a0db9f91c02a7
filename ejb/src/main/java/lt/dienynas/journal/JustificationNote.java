package lt.dienynas.journal;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.WorkingDayCalendar;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.DateRange;

/**
 * Tėvų (globėjų) pateisinimas: a guardian's note that justifies a child's absences over some days;
 * the class teacher accepts or rejects it within {@value #WORKING_DAYS_TO_DECIDE} working days of
 * receiving it (§21.8).
 */
@Entity
@Table(name = "justification_note")
public class JustificationNote {
  public static final int WORKING_DAYS_TO_DECIDE = 2;
  public static final int TEXT_LENGTH = 1000;

  /** What a guardian may give as the reason; school business is the school's to state. */
  private static final EnumSet<JustificationReason> GUARDIAN_REASONS =
      EnumSet.of(
          JustificationReason.ILLNESS,
          JustificationReason.PARENTS_REQUEST,
          JustificationReason.OTHER);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "student_id", nullable = false, updatable = false)
  private Student student;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "guardian_id", nullable = false, updatable = false)
  private Guardian guardian;

  @Column(name = "from_date", nullable = false, updatable = false)
  private LocalDate fromDate;

  @Column(name = "to_date", nullable = false, updatable = false)
  private LocalDate toDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", length = 30, nullable = false, updatable = false)
  private JustificationReason reason;

  @Column(name = "note_text", length = TEXT_LENGTH, updatable = false)
  private String text;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private LocalDateTime submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private NoteStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "decided_by")
  private Person decidedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decision_comment", length = TEXT_LENGTH)
  private String decisionComment;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected JustificationNote() {}

  /**
   * @throws BusinessException {@code dateRange.order}, {@code justificationNote.reason} or {@code
   *     justificationNote.textLength}
   */
  public JustificationNote(
      Student student,
      Guardian guardian,
      DateRange days,
      JustificationReason reason,
      String text,
      LocalDateTime submittedAt) {
    this.student = Objects.requireNonNull(student, "student");
    this.guardian = Objects.requireNonNull(guardian, "guardian");
    Objects.requireNonNull(days, "days");
    if (reason == null || !GUARDIAN_REASONS.contains(reason)) {
      throw new BusinessException("justificationNote.reason");
    }
    String trimmed = text == null || text.isBlank() ? null : text.strip();
    if (trimmed != null && trimmed.length() > TEXT_LENGTH) {
      throw new BusinessException("justificationNote.textLength", TEXT_LENGTH);
    }
    this.fromDate = days.start();
    this.toDate = days.end();
    this.reason = reason;
    this.text = trimmed;
    this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
    this.status = NoteStatus.SUBMITTED;
  }

  /** The last day the class teacher should decide on it (§21.8: within 2 working days). */
  public LocalDate deadline(WorkingDayCalendar calendar) {
    return calendar.addWorkingDays(submittedAt.toLocalDate(), WORKING_DAYS_TO_DECIDE);
  }

  /**
   * @throws BusinessException {@code justificationNote.decided} when already decided
   */
  void accept(Person by, LocalDateTime at) {
    decide(NoteStatus.ACCEPTED, by, at, null);
  }

  /**
   * @throws BusinessException {@code justificationNote.decided} or {@code
   *     justificationNote.textLength}
   */
  void reject(Person by, LocalDateTime at, String comment) {
    String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
    if (trimmed != null && trimmed.length() > TEXT_LENGTH) {
      throw new BusinessException("justificationNote.textLength", TEXT_LENGTH);
    }
    decide(NoteStatus.REJECTED, by, at, trimmed);
  }

  private void decide(NoteStatus outcome, Person by, LocalDateTime at, String comment) {
    if (status != NoteStatus.SUBMITTED) {
      throw new BusinessException("justificationNote.decided");
    }
    this.status = outcome;
    this.decidedBy = Objects.requireNonNull(by, "by");
    this.decidedAt = Objects.requireNonNull(at, "at");
    this.decisionComment = comment;
  }

  public DateRange days() {
    return new DateRange(fromDate, toDate);
  }

  public Long getId() {
    return id;
  }

  public Student getStudent() {
    return student;
  }

  public Guardian getGuardian() {
    return guardian;
  }

  public JustificationReason getReason() {
    return reason;
  }

  public Optional<String> getText() {
    return Optional.ofNullable(text);
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public NoteStatus getStatus() {
    return status;
  }

  public Optional<LocalDateTime> getDecidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> getDecisionComment() {
    return Optional.ofNullable(decisionComment);
  }
}
