package lt.dienynas.school;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * Grupių sąrašai (§23.1, §23.14): the DB admin puts students into any group, a subject teacher into
 * their own subject and home-schooling groups, each membership with its dates. A student who leaves
 * a group keeps the days they belonged to it (the journal of those days still shows them, marks
 * kept) and is gone from its grid from the next day; a move is a leave and a join on consecutive
 * days, so both groups' journals keep their own period. A subject teacher opens a home-schooling
 * group for a student of theirs with its own journal. The one write point: year, access, optimistic
 * lock, history.
 */
@Stateless
@PermitAll
@HistorySource("group membership")
public class GroupMembershipService {

  private static final String OVERLAP =
      "SELECT 1 FROM group_member WHERE group_id = ?1 AND student_id = ?2"
          + " AND valid_from <= ?4 AND (valid_to IS NULL OR valid_to >= ?3)";

  private static final String CANDIDATES =
      """
      SELECT p.id, p.first_name, p.last_name FROM student s JOIN person p ON p.id = s.person_id
       WHERE CONCAT(p.first_name, ' ', p.last_name) LIKE ?1
         AND (?2 IS NULL OR EXISTS (SELECT 1 FROM group_member m
               JOIN study_group g ON g.id = m.group_id AND g.kind IN ('CLASS', 'PRESCHOOL')
              WHERE m.student_id = s.person_id AND g.school_class_id = ?2
                AND (m.valid_to IS NULL OR m.valid_to >= ?3)))
       ORDER BY p.last_name, p.first_name, p.id
      """;

  private static final String TAUGHT_GROUPS =
      "SELECT DISTINCT g FROM TeachingAssignment a JOIN a.group g WHERE a.teacher.id = :me"
          + " AND g.schoolYear = :year AND (a.validity.to IS NULL OR a.validity.to >= :today)"
          + " ORDER BY g.kind, g.name";

  /** The student's class on a date (through their class or pre-school group). */
  private static final String CLASS_ON =
      "SELECT g.schoolClass FROM GroupMember m JOIN m.group g WHERE m.student = :student"
          + " AND g.kind IN (lt.dienynas.school.GroupKind.CLASS, lt.dienynas.school.GroupKind.PRESCHOOL)"
          + " AND g.schoolClass IS NOT NULL AND m.validity.from <= :date"
          + " AND (m.validity.to IS NULL OR m.validity.to >= :date)";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private Actors actors;

  @EJB private HistoryLog history;

  @Inject private SchoolClock clock;

  /** A group of the list page. */
  public record GroupView(
      long id, GroupKind kind, String name, Long subjectId, String subject, String className)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** A membership: the student and their dates (to: none while they stay). */
  public record MemberView(
      long id, int version, long studentId, String studentName, LocalDate from, LocalDate to)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    public boolean isActiveOn(LocalDate date) {
      return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
  }

  /** A student who may be put into a group. */
  public record Candidate(long id, String fullName) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /**
   * The groups of the current school year the caller may manage: every group (of a kind, or all)
   * for the DB admin, the groups they teach for a teacher.
   */
  public List<GroupView> groups(GroupKind kind) {
    SchoolYear year = yearOf(clock.today());
    if (year == null) {
      return List.of();
    }
    return managed(year, kind);
  }

  /**
   * The groups a member of the group may be moved to: of the group's kind and of its own school
   * year (not today's: next year's groups are filled before 1 September), the ones the caller
   * manages, the group itself left out.
   */
  public List<GroupView> moveTargets(long groupId) {
    policy.requireGroupMembershipWrite(groupId);
    StudyGroup group = em.find(StudyGroup.class, groupId);
    return managed(group.getSchoolYear(), group.getKind()).stream()
        .filter(g -> g.id() != groupId)
        .toList();
  }

  private List<GroupView> managed(SchoolYear year, GroupKind kind) {
    Actor actor = actors.current();
    List<StudyGroup> groups;
    if (policy.mayAdminister(actor)) {
      policy.requireAdministration("GROUPS_READ");
      groups =
          em.createNamedQuery(StudyGroup.FIND_BY_YEAR, StudyGroup.class)
              .setParameter("year", year)
              .getResultList();
    } else {
      policy.requireTeacherWork("GROUPS_READ");
      groups =
          em.createQuery(TAUGHT_GROUPS, StudyGroup.class)
              .setParameter("me", actor.personId())
              .setParameter("year", year)
              .setParameter("today", clock.today())
              .getResultList();
    }
    return groups.stream()
        .filter(g -> kind == null || g.getKind() == kind)
        .map(GroupMembershipService::view)
        .toList();
  }

  /** The group's name and kind, for whoever may read its journal. */
  public GroupView group(long groupId) {
    policy.requireGroupJournalRead(groupId);
    StudyGroup group = em.find(StudyGroup.class, groupId);
    if (group == null) {
      // a school-wide reader passes the policy for any id: a guessed one is refused all the same
      throw policy.refuse("GROUP_JOURNAL_READ", "group", groupId);
    }
    return view(group);
  }

  /** Whether the caller may change the group's members (the page shows its forms then). */
  public boolean mayManage(long groupId) {
    return policy.mayWriteGroupMembership(actors.current(), groupId);
  }

  /** Whether the caller may correct the data of the group's students and their guardians. */
  public boolean mayEditStudentData(long groupId) {
    return policy.mayWriteStudentDataOfGroup(actors.current(), groupId);
  }

  /** Every membership of the group, past ones too, for whoever may read its journal. */
  public List<MemberView> members(long groupId) {
    policy.requireGroupJournalRead(groupId);
    StudyGroup group = em.getReference(StudyGroup.class, groupId);
    return em
        .createNamedQuery(GroupMember.FIND_BY_GROUPS, GroupMember.class)
        .setParameter("groups", List.of(group))
        .getResultList()
        .stream()
        .map(GroupMembershipService::view)
        .toList();
  }

  /** Students whose name contains the text (of the group's class when it has one), at most 20. */
  public List<Candidate> candidates(long groupId, String text) {
    policy.requireGroupMembershipWrite(groupId);
    StudyGroup group = em.find(StudyGroup.class, groupId);
    String pattern = "%" + (text == null ? "" : text.strip().replace("%", "")) + "%";
    Long classId = group.getSchoolClass().map(SchoolClass::getId).orElse(null);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(CANDIDATES)
            .setParameter(1, pattern)
            .setParameter(2, classId)
            .setParameter(3, clock.today())
            .setMaxResults(20)
            .getResultList();
    return rows.stream()
        .map(r -> new Candidate(((Number) r[0]).longValue(), r[1] + " " + r[2]))
        .toList();
  }

  /**
   * Puts the student into the group from {@code from} (until {@code to}, the last day, or open).
   *
   * @throws BusinessException {@code groupMember.outsideYear}, {@code groupMember.overlap}, {@code
   *     dateRange.order}, {@code schoolYear.readOnly}, {@code student.notFound}
   */
  public long add(long groupId, long studentId, LocalDate from, LocalDate to) {
    policy.requireGroupMembershipWrite(groupId);
    StudyGroup group = em.find(StudyGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
    Student student = em.find(Student.class, studentId);
    if (student == null) {
      throw new BusinessException("student.notFound", studentId);
    }
    return join(group, student, from, to);
  }

  /**
   * The student leaves the group: {@code lastDay} is the last day they belong to it.
   *
   * @throws BusinessException {@code record.stale}, {@code groupMember.alreadyLeft}, {@code
   *     dateRange.order}, {@code schoolYear.readOnly}
   */
  public void end(long memberId, int version, LocalDate lastDay) {
    GroupMember member = requireMember(memberId);
    policy.requireGroupMembershipWrite(member.getGroup().getId());
    requireVersion(member, version);
    if (lastDay == null) {
      throw new BusinessException("groupMember.dateRequired");
    }
    Map<String, Object> before = snapshot(member);
    member.leave(lastDay);
    em.flush();
    history.record(Change.updated("group_member", memberId, before, snapshot(member)));
  }

  /**
   * Moves the student from the membership's group to another from {@code firstDay}: they leave the
   * old group the day before and join the new one that day, so each journal keeps its own period.
   *
   * @return the new membership's id
   * @throws BusinessException as {@link #end} and {@link #add}
   */
  public long move(long memberId, int version, long toGroupId, LocalDate firstDay) {
    GroupMember member = requireMember(memberId);
    policy.requireGroupMembershipWrite(member.getGroup().getId());
    policy.requireGroupMembershipWrite(toGroupId);
    requireVersion(member, version);
    if (firstDay == null) {
      throw new BusinessException("groupMember.dateRequired");
    }
    if (toGroupId == member.getGroup().getId()) {
      throw new BusinessException("groupMember.sameGroup", member.getGroup().getName());
    }
    Map<String, Object> before = snapshot(member);
    member.leave(firstDay.minusDays(1));
    em.flush();
    history.record(Change.updated("group_member", memberId, before, snapshot(member)));
    StudyGroup target = em.find(StudyGroup.class, toGroupId, LockModeType.PESSIMISTIC_WRITE);
    return join(target, member.getStudent(), firstDay, null);
  }

  /**
   * Opens a home-schooling group (§23.14) of the subject for the student from {@code from}: the
   * group belongs to the student's class, the calling teacher teaches it (the DB admin names no
   * teacher: they assign one under the year's set-up), and the student is its member.
   *
   * @return the new group's id
   * @throws BusinessException {@code studyGroup.name}, {@code groupMember.outsideYear}, {@code
   *     schoolYear.readOnly}, {@code subject.notFound}
   */
  public long createHomeSchoolingGroup(
      long studentId, long subjectId, String name, LocalDate from) {
    Actor actor = policy.requireHomeSchoolingGroupCreation(studentId, subjectId);
    Subject subject = em.find(Subject.class, subjectId);
    if (subject == null) {
      throw new BusinessException("subject.notFound", subjectId);
    }
    if (from == null) {
      throw new BusinessException("groupMember.dateRequired");
    }
    if (name != null && name.chars().anyMatch(Character::isISOControl)) {
      throw new BusinessException("person.controlCharacters", name);
    }
    Student student = em.find(Student.class, studentId);
    SchoolClass schoolClass =
        em.createQuery(CLASS_ON, SchoolClass.class)
            .setParameter("student", student)
            .setParameter("date", from)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    // the year of the student's class on that day; a student of no class: the year of the day
    SchoolYear year = schoolClass != null ? schoolClass.getSchoolYear() : yearContaining(from);
    StudyGroup group = new StudyGroup(year, GroupKind.HOME_SCHOOLING, name, schoolClass, subject);
    em.persist(group);
    em.flush();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("kind", GroupKind.HOME_SCHOOLING);
    values.put("name", group.getName());
    values.put("subject", subjectId);
    values.put("student", studentId);
    history.record(Change.inserted("study_group", group.getId(), values));
    if (!policy.mayAdminister(actor) || actor.has(Role.TEACHER)) {
      StaffMember teacher = em.find(StaffMember.class, actor.personId());
      TeachingAssignment assignment = new TeachingAssignment(teacher, subject, group, from);
      em.persist(assignment);
      em.flush();
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("teacher", teacher.getId());
      a.put("subject", subjectId);
      a.put("group", group.getId());
      a.put("from", from);
      history.record(Change.inserted("teaching_assignment", assignment.getId(), a));
    }
    join(group, student, from, null);
    return group.getId();
  }

  private long join(StudyGroup group, Student student, LocalDate from, LocalDate to) {
    if (from == null) {
      throw new BusinessException("groupMember.dateRequired");
    }
    if (to != null && to.isBefore(from)) {
      throw new BusinessException("dateRange.order", from, to);
    }
    SchoolYear year = group.getSchoolYear();
    year.requireWritable();
    if (!year.contains(from) || (to != null && !year.contains(to))) {
      throw new BusinessException("groupMember.outsideYear", group.getName(), year.getName());
    }
    boolean overlaps =
        !em.createNativeQuery(OVERLAP)
            .setParameter(1, group.getId())
            .setParameter(2, student.getId())
            .setParameter(3, from)
            .setParameter(4, to == null ? LocalDate.of(9999, 12, 31) : to)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (overlaps) {
      throw new BusinessException("groupMember.overlap", student.getFullName(), group.getName());
    }
    GroupMember member = new GroupMember(group, student, from);
    if (to != null) {
      member.leave(to);
    }
    em.persist(member);
    em.flush();
    history.record(Change.inserted("group_member", member.getId(), snapshot(member)));
    return member.getId();
  }

  private GroupMember requireMember(long memberId) {
    GroupMember member = em.find(GroupMember.class, memberId, LockModeType.PESSIMISTIC_WRITE);
    if (member == null) {
      throw new BusinessException("groupMember.notFound", memberId);
    }
    return member;
  }

  private static void requireVersion(GroupMember member, int version) {
    if (member.getVersion() != version) {
      throw new BusinessException("record.stale", member.getStudent().getFullName());
    }
  }

  private SchoolYear yearContaining(LocalDate date) {
    SchoolYear year = yearOf(date);
    if (year == null) {
      throw new BusinessException("groupMember.noYear", date);
    }
    return year;
  }

  private SchoolYear yearOf(LocalDate date) {
    return em.createNamedQuery(SchoolYear.FIND_CONTAINING, SchoolYear.class)
        .setParameter("date", date)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static Map<String, Object> snapshot(GroupMember m) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("group", m.getGroup().getId());
    values.put("student", m.getStudent().getId());
    values.put("from", m.getValidFrom());
    values.put("to", m.getValidTo().orElse(null));
    return values;
  }

  private static GroupView view(StudyGroup g) {
    return new GroupView(
        g.getId(),
        g.getKind(),
        g.getName(),
        g.getSubject().map(Subject::getId).orElse(null),
        g.getSubject().map(Subject::getName).orElse(""),
        g.getSchoolClass().map(SchoolClass::getName).orElse(""));
  }

  private static MemberView view(GroupMember m) {
    return new MemberView(
        m.getId(),
        m.getVersion(),
        m.getStudent().getId(),
        m.getStudent().getFullName(),
        m.getValidFrom(),
        m.getValidTo().orElse(null));
  }
}
