package lt.dienynas.support;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.DatedRecord;

/**
 * Pagalba mokiniui: a specialist of §24–§27 (social pedagogue, psychologist, special pedagogue,
 * speech therapist, career specialist) supports a student from a date; while it has not ended, the
 * specialist sees the student's diary ({@link lt.dienynas.security.AccessPolicy}).
 */
@Entity
@Table(name = "student_support")
@NamedQuery(
    name = StudentSupport.CURRENT_OF_SPECIALIST,
    query =
        "SELECT s FROM StudentSupport s JOIN FETCH s.student WHERE s.specialist.id = :specialistId"
            + " AND (s.validity.to IS NULL OR s.validity.to >= :today)"
            + " ORDER BY s.student.lastName, s.student.firstName")
@NamedQuery(
    name = StudentSupport.CURRENT_OF_PAIR,
    query =
        "SELECT s FROM StudentSupport s WHERE s.specialist.id = :specialistId"
            + " AND s.student.id = :studentId AND (s.validity.to IS NULL OR s.validity.to >= :today)")
public class StudentSupport extends DatedRecord {
  public static final String CURRENT_OF_SPECIALIST = "StudentSupport.currentOfSpecialist";
  public static final String CURRENT_OF_PAIR = "StudentSupport.currentOfPair";

  /** The roles that support students (requirements §1). */
  public static final Role[] SPECIALIST_ROLES = {
    Role.SOCIAL_PEDAGOGUE,
    Role.PSYCHOLOGIST,
    Role.SPECIAL_PEDAGOGUE,
    Role.SPEECH_THERAPIST,
    Role.CAREER_SPECIALIST
  };

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "specialist_id", nullable = false, updatable = false)
  private StaffMember specialist;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "student_id", nullable = false, updatable = false)
  private Student student;

  protected StudentSupport() {}

  /**
   * @throws BusinessException {@code support.notSpecialist} or {@code staff.inactive}
   */
  public StudentSupport(StaffMember specialist, Student student, LocalDate validFrom) {
    Objects.requireNonNull(specialist, "specialist").requireActive();
    boolean isSpecialist = false;
    for (Role role : SPECIALIST_ROLES) {
      isSpecialist |= specialist.hasRole(role);
    }
    if (!isSpecialist) {
      throw new BusinessException("support.notSpecialist", specialist.getFullName());
    }
    this.specialist = specialist;
    this.student = Objects.requireNonNull(student, "student");
    startOn(validFrom);
  }

  /**
   * The support ends; {@code lastDay} is its last day.
   *
   * @throws BusinessException {@code support.ended} or {@code dateRange.order}
   */
  public void end(LocalDate lastDay) {
    endOnce(lastDay, "support.ended", () -> student.getFullName());
  }

  public Long getId() {
    return id;
  }

  public StaffMember getSpecialist() {
    return specialist;
  }

  public Student getStudent() {
    return student;
  }
}
