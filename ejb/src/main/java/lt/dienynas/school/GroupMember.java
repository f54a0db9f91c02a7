package lt.dienynas.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import lt.dienynas.people.Student;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.DatedRecord;

/**
 * Grupės narys: a student's membership of a group from a date, until the day they leave it (the
 * last day they belong to it). A left student keeps their past membership, so the journal of those
 * days still shows them.
 */
@Entity
@Table(name = "group_member")
@NamedQuery(
    name = GroupMember.ACTIVE_MEMBERS_OF_GROUP,
    query =
        "SELECT m FROM GroupMember m JOIN FETCH m.student WHERE m.group = :group"
            + " AND m.validity.from <= :date AND (m.validity.to IS NULL OR m.validity.to >= :date)"
            + " ORDER BY m.student.lastName, m.student.firstName")
@NamedQuery(
    name = GroupMember.ACTIVE_GROUPS_OF_STUDENT,
    query =
        "SELECT m FROM GroupMember m JOIN FETCH m.group WHERE m.student = :student"
            + " AND m.validity.from <= :date AND (m.validity.to IS NULL OR m.validity.to >= :date)")
@NamedQuery(
    name = GroupMember.FIND_BY_STUDENT,
    query =
        "SELECT m FROM GroupMember m JOIN FETCH m.group g JOIN FETCH g.schoolYear"
            + " WHERE m.student = :student ORDER BY m.validity.from, g.name")
@NamedQuery(
    name = GroupMember.FIND_BY_GROUPS,
    query =
        "SELECT m FROM GroupMember m JOIN FETCH m.student WHERE m.group IN :groups"
            + " ORDER BY m.student.lastName, m.student.firstName")
public class GroupMember extends DatedRecord {
  public static final String FIND_BY_STUDENT = "GroupMember.findByStudent";
  public static final String FIND_BY_GROUPS = "GroupMember.findByGroups";
  public static final String ACTIVE_MEMBERS_OF_GROUP = "GroupMember.activeMembersOfGroup";
  public static final String ACTIVE_GROUPS_OF_STUDENT = "GroupMember.activeGroupsOfStudent";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private StudyGroup group;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "student_id", nullable = false, updatable = false)
  private Student student;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected GroupMember() {}

  /**
   * @throws BusinessException {@code schoolYear.readOnly}
   */
  public GroupMember(StudyGroup group, Student student, LocalDate validFrom) {
    Objects.requireNonNull(group, "group").getSchoolYear().requireWritable();
    this.group = group;
    this.student = Objects.requireNonNull(student, "student");
    startOn(validFrom);
  }

  /**
   * The student leaves the group; {@code lastDay} is the last day they belong to it.
   *
   * @throws BusinessException {@code groupMember.alreadyLeft}, {@code dateRange.order} or {@code
   *     schoolYear.readOnly}
   */
  public void leave(LocalDate lastDay) {
    endOnce(lastDay, "groupMember.alreadyLeft", () -> group.getName());
  }

  /**
   * The student's membership ends earlier than it was to (a departure order): {@code lastDay}
   * becomes the last day they belong to the group.
   *
   * @throws BusinessException {@code dateRange.order} or {@code schoolYear.readOnly}
   */
  public void cutShort(LocalDate lastDay) {
    endNoLaterThan(lastDay);
  }

  @Override
  protected void requireChangeable() {
    group.getSchoolYear().requireWritable();
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public StudyGroup getGroup() {
    return group;
  }

  public Student getStudent() {
    return student;
  }
}
