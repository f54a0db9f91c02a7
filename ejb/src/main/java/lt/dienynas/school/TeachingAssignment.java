package lt.dienynas.school;

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
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.DatedRecord;

/**
 * Mokytojo darbo krūvio eilutė: a teacher teaches a subject to a group from a date. A handed-over
 * group ends the old assignment and starts a new one, so the journal keeps who taught it before.
 */
@Entity
@Table(name = "teaching_assignment")
@NamedQuery(
    name = TeachingAssignment.FIND_BY_TEACHER,
    query =
        "SELECT a FROM TeachingAssignment a JOIN FETCH a.group JOIN FETCH a.subject"
            + " WHERE a.teacher = :teacher ORDER BY a.validity.from DESC")
@NamedQuery(
    name = TeachingAssignment.FIND_ACTIVE_BY_GROUP,
    query =
        "SELECT a FROM TeachingAssignment a JOIN FETCH a.teacher JOIN FETCH a.subject"
            + " WHERE a.group = :group AND a.validity.from <= :date"
            + " AND (a.validity.to IS NULL OR a.validity.to >= :date)")
@NamedQuery(
    name = TeachingAssignment.FIND_BY_GROUPS,
    query =
        "SELECT a FROM TeachingAssignment a JOIN FETCH a.teacher JOIN FETCH a.subject"
            + " WHERE a.group IN :groups ORDER BY a.validity.from")
public class TeachingAssignment extends DatedRecord {
  public static final String FIND_BY_TEACHER = "TeachingAssignment.findByTeacher";
  public static final String FIND_BY_GROUPS = "TeachingAssignment.findByGroups";
  public static final String FIND_ACTIVE_BY_GROUP = "TeachingAssignment.findActiveByGroup";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "teacher_id", nullable = false, updatable = false)
  private StaffMember teacher;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subject_id", nullable = false, updatable = false)
  private Subject subject;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private StudyGroup group;

  protected TeachingAssignment() {}

  /**
   * @throws BusinessException {@code staff.inactive}, {@code schoolYear.readOnly} or {@code
   *     teachingAssignment.subject} (a subject group is taught its own subject only)
   */
  public TeachingAssignment(
      StaffMember teacher, Subject subject, StudyGroup group, LocalDate validFrom) {
    Objects.requireNonNull(teacher, "teacher").requireActive();
    Objects.requireNonNull(group, "group").getSchoolYear().requireWritable();
    Objects.requireNonNull(subject, "subject");
    if (group.getSubject().filter(groupSubject -> groupSubject != subject).isPresent()) {
      throw new BusinessException("teachingAssignment.subject", subject, group.getName());
    }
    this.teacher = teacher;
    this.subject = subject;
    this.group = group;
    startOn(validFrom);
  }

  /**
   * The teacher stops teaching the group; {@code lastDay} is their last day with it.
   *
   * @throws BusinessException {@code teachingAssignment.ended}, {@code dateRange.order} or {@code
   *     schoolYear.readOnly}
   */
  public void end(LocalDate lastDay) {
    endOnce(lastDay, "teachingAssignment.ended", () -> group.getName());
  }

  /**
   * The assignment ends earlier than it was to (the teacher hands the group over): {@code lastDay}
   * becomes their last day with the group.
   *
   * @throws BusinessException {@code dateRange.order} or {@code schoolYear.readOnly}
   */
  public void endEarlier(LocalDate lastDay) {
    endNoLaterThan(lastDay);
  }

  @Override
  protected void requireChangeable() {
    group.getSchoolYear().requireWritable();
  }

  public Long getId() {
    return id;
  }

  public StaffMember getTeacher() {
    return teacher;
  }

  public Subject getSubject() {
    return subject;
  }

  public StudyGroup getGroup() {
    return group;
  }
}
