package lt.dienynas.classwork;

import static lt.dienynas.security.Role.Names.CLASS_TEACHER;
import static lt.dienynas.security.Role.Names.DB_ADMIN;
import static lt.dienynas.security.Role.Names.DEPUTY;
import static lt.dienynas.security.Role.Names.DIRECTOR;
import static lt.dienynas.security.Role.Names.GUARDIAN;
import static lt.dienynas.security.Role.Names.NON_FORMAL_TEACHER;
import static lt.dienynas.security.Role.Names.PRESCHOOL_TEACHER;
import static lt.dienynas.security.Role.Names.STUDENT;
import static lt.dienynas.security.Role.Names.TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lt.dienynas.messaging.AnnouncementKind;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;

/**
 * Klasės renginiai ir tėvų susirinkimai (§21.13): the parents' meetings, open days and class events
 * the class teacher announced ahead ({@link lt.dienynas.messaging.AnnouncementService}, at least 3
 * working days, with place, time and topics), as a month's calendar of a class, or of the caller's
 * own classes: a guardian's children's, a student's own (without the parents' meetings, which are
 * for the guardians), a class teacher's.
 */
@Stateless
@RolesAllowed({
  STUDENT,
  GUARDIAN,
  CLASS_TEACHER,
  TEACHER,
  NON_FORMAL_TEACHER,
  PRESCHOOL_TEACHER,
  DEPUTY,
  DIRECTOR,
  DB_ADMIN
})
public class ClassEventService {
  static final int MAX_EVENTS = 500;

  private static final Set<AnnouncementKind> EVENTS =
      EnumSet.copyOf(
          Arrays.stream(AnnouncementKind.values())
              .filter(AnnouncementKind::isClassTeacherEvent)
              .toList());

  private static final Set<AnnouncementKind> STUDENT_EVENTS =
      EnumSet.copyOf(EVENTS.stream().filter(AnnouncementKind::reachesStudents).toList());

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;
  @EJB private Actors actors;

  /** One class's events of the month. */
  public List<ClassEventView> ofClass(long classId, YearMonth month) {
    Actor actor = policy.requireClassEventsRead(classId);
    // a student alone sees what is told to the students: not the parents' meetings
    boolean studentOnly = actor.roles().equals(Set.of(Role.STUDENT));
    return events(List.of(classId), studentOnly ? STUDENT_EVENTS : EVENTS, requireMonth(month));
  }

  /**
   * The events of the month of the caller's own classes: a guardian's children's classes, a
   * student's class, the classes a class teacher leads.
   */
  public List<ClassEventView> mine(YearMonth month) {
    YearMonth m = requireMonth(month);
    Actor actor = actors.current();
    LocalDate from = m.atDay(1);
    LocalDate to = m.atEndOfMonth();
    Set<Long> families = new LinkedHashSet<>();
    Set<Long> led = new LinkedHashSet<>();
    Set<Long> own = new LinkedHashSet<>();
    String memberClasses =
        "SELECT DISTINCT m.group.schoolClass.id FROM GroupMember m"
            + " WHERE m.group.kind = lt.dienynas.school.GroupKind.CLASS AND m.validity.from <= :to"
            + " AND (m.validity.to IS NULL OR m.validity.to >= :from) AND ";
    if (actor.has(Role.GUARDIAN)) {
      families.addAll(
          em.createQuery(
                  memberClasses
                      + "m.student.id IN (SELECT ch.id FROM Guardian gu JOIN gu.children ch"
                      + " WHERE gu.id = :me)",
                  Long.class)
              .setParameter("from", from)
              .setParameter("to", to)
              .setParameter("me", actor.personId())
              .getResultList());
    }
    if (actor.has(Role.STUDENT)) {
      own.addAll(
          em.createQuery(memberClasses + "m.student.id = :me", Long.class)
              .setParameter("from", from)
              .setParameter("to", to)
              .setParameter("me", actor.personId())
              .getResultList());
    }
    if (actor.has(Role.CLASS_TEACHER)) {
      led.addAll(
          em.createQuery("SELECT c.id FROM SchoolClass c WHERE c.classTeacher.id = :me", Long.class)
              .setParameter("me", actor.personId())
              .getResultList());
    }
    families.addAll(led);
    own.removeAll(families);
    List<ClassEventView> events = new ArrayList<>();
    if (!families.isEmpty()) {
      events.addAll(events(List.copyOf(families), EVENTS, m));
    }
    if (!own.isEmpty()) {
      events.addAll(events(List.copyOf(own), STUDENT_EVENTS, m));
    }
    events.sort(
        Comparator.comparing(ClassEventView::date)
            .thenComparing(ClassEventView::time, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(ClassEventView::id));
    return events;
  }

  private List<ClassEventView> events(
      List<Long> classes, Set<AnnouncementKind> kinds, YearMonth month) {
    return em.createQuery(
            "SELECT NEW lt.dienynas.classwork.ClassEventView(a.id, c.id, c.name, a.kind,"
                + " a.eventDate, a.eventTime, a.place, a.topics, p.firstName, p.lastName)"
                + " FROM Announcement a JOIN a.schoolClass c JOIN a.author p"
                + " WHERE c.id IN :classes AND a.kind IN :kinds"
                + " AND a.eventDate BETWEEN :from AND :to"
                + " ORDER BY a.eventDate, a.eventTime, a.id",
            ClassEventView.class)
        .setParameter("classes", classes)
        .setParameter("kinds", List.copyOf(kinds))
        .setParameter("from", month.atDay(1))
        .setParameter("to", month.atEndOfMonth())
        .setMaxResults(MAX_EVENTS)
        .getResultList();
  }

  private static YearMonth requireMonth(YearMonth month) {
    if (month == null) {
      throw new BusinessException("classwork.events.month");
    }
    return month;
  }
}
