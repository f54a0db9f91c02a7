package lt.dienynas.assessment;

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
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.shared.BusinessException;

/** The year-end promotion decision for a student, entered by the class teacher. */
@Entity
@Table(name = "promotion_decision")
public class PromotionDecision {
  public static final int NOTE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_year_id", nullable = false, updatable = false)
  private SchoolYear schoolYear;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "student_id", nullable = false, updatable = false)
  private Student student;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", length = 30, nullable = false)
  private PromotionKind decision;

  @Column(name = "note", length = NOTE_LENGTH)
  private String note;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "decided_by", nullable = false)
  private Person decidedBy;

  @Column(name = "decided_at", nullable = false)
  private LocalDateTime decidedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected PromotionDecision() {}

  PromotionDecision(SchoolYear schoolYear, Student student) {
    this.schoolYear = Objects.requireNonNull(schoolYear, "schoolYear");
    this.student = Objects.requireNonNull(student, "student");
  }

  /**
   * @throws BusinessException {@code promotion.note} for a too long note
   */
  void decide(PromotionKind kind, String noteText, Person by, LocalDateTime at) {
    String text = noteText == null || noteText.isBlank() ? null : noteText.strip();
    if (text != null && text.length() > NOTE_LENGTH) {
      throw new BusinessException("promotion.note", NOTE_LENGTH);
    }
    this.decision = Objects.requireNonNull(kind, "kind");
    this.note = text;
    this.decidedBy = Objects.requireNonNull(by, "by");
    this.decidedAt = Objects.requireNonNull(at, "at");
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("student", student.getId());
    values.put("decision", decision == null ? null : decision.name());
    values.put("note", note);
    return values;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public PromotionKind getDecision() {
    return decision;
  }
}
