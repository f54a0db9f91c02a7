package lt.dienynas.preschool;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;

/**
 * The pre-school journal as its readers open it: the groups a teacher or the management works with,
 * and a guardian's view of their child's group — the day rhythm, this week's plan and the child's
 * achievement steps over time (§22.1, §22.5, §22.10).
 */
@Stateless
public class PreschoolDiaryService {
  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @Inject private SchoolClock clock;

  /**
   * The pre-school groups of the school year going on that the caller works with: the teacher's
   * own, every one for the deputy and the director.
   */
  @RolesAllowed({Role.Names.PRESCHOOL_TEACHER, Role.Names.DEPUTY, Role.Names.DIRECTOR})
  public List<PreschoolGroupInfo> groups() {
    Actor actor = policy.requirePreschoolGroupsListing();
    PreschoolRecords records = new PreschoolRecords(em);
    return actor.has(Role.DEPUTY) || actor.has(Role.DIRECTOR)
        ? records.groupsOn(clock.today())
        : records.groupsTaughtOn(actor.personId(), clock.today());
  }

  /**
   * The guardian's children who are (or were) in a pre-school or pre-primary group, each with the
   * group they are in today (else the one they joined last), in one query.
   */
  @RolesAllowed(Role.Names.GUARDIAN)
  public List<PreschoolChild> children() {
    Actor guardian = policy.requirePreschoolGroupsListing();
    LocalDate today = clock.today();
    Map<Long, PreschoolChild> children = new LinkedHashMap<>();
    em
        .createQuery(
            "SELECT NEW lt.dienynas.preschool.ChildMembership(s.id, s.firstName, s.lastName,"
                + " g.id, g.name, m.validity.from, m.validity.to) FROM Guardian gu JOIN gu.children s,"
                + " GroupMember m JOIN m.group g WHERE gu.id = :me AND m.student = s"
                + " AND g.kind = lt.dienynas.school.GroupKind.PRESCHOOL"
                + " ORDER BY s.firstName, s.id, m.validity.from DESC, m.id DESC",
            ChildMembership.class)
        .setParameter("me", guardian.personId())
        .getResultList()
        .stream()
        .sorted(
            java.util.Comparator.comparing((ChildMembership c) -> !c.isActiveOn(today))
                .thenComparing(ChildMembership::validFrom, java.util.Comparator.reverseOrder()))
        .forEach(
            c ->
                children.putIfAbsent(
                    c.studentId(),
                    new PreschoolChild(
                        c.studentId(),
                        c.firstName() + " " + c.lastName(),
                        c.groupId(),
                        c.groupName())));
    return children.values().stream()
        .sorted(java.util.Comparator.comparing(PreschoolChild::fullName))
        .toList();
  }

  /** The child's day as the guardian sees it (the teacher and the management may open it too). */
  @RolesAllowed({
    Role.Names.GUARDIAN,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR
  })
  public PreschoolChildDay child(long studentId) {
    policy.requirePreschoolChildRead(studentId);
    LocalDate today = clock.today();
    PreschoolRecords records = new PreschoolRecords(em);
    PreschoolGroupInfo group = records.groupOfChild(studentId, today).orElseThrow();
    PreschoolChild child =
        new PreschoolChild(studentId, records.childName(studentId), group.groupId(), group.name());
    return new PreschoolChildDay(
        child,
        records.rhythm(group),
        records.week(group, PreschoolRecords.mondayOf(today), today),
        records.progress(studentId));
  }
}
