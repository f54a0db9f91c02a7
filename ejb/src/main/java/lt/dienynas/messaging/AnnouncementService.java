package lt.dienynas.messaging;

import static lt.dienynas.security.Role.Names.CLASS_TEACHER;
import static lt.dienynas.security.Role.Names.DB_ADMIN;
import static lt.dienynas.security.Role.Names.DEPUTY;
import static lt.dienynas.security.Role.Names.DIRECTOR;
import static lt.dienynas.security.Role.Names.NON_FORMAL_TEACHER;
import static lt.dienynas.security.Role.Names.PRESCHOOL_TEACHER;
import static lt.dienynas.security.Role.Names.TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lt.dienynas.people.Person;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * Skelbimai (regulation §21.13, §22.8, §23.13): a class teacher announces parent meetings, open
 * days and class events ahead; teachers announce timetable changes and learning days. Each
 * announcement reaches the class's guardians (and students) as a system notice.
 */
@Stateless
@Interceptors(InputRefusals.class)
@RolesAllowed({
  DIRECTOR,
  DEPUTY,
  DB_ADMIN,
  CLASS_TEACHER,
  TEACHER,
  NON_FORMAL_TEACHER,
  PRESCHOOL_TEACHER
})
public class AnnouncementService {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private Actors actors;
  @EJB private AccessPolicy policy;
  @EJB private RecipientDirectory directory;
  @EJB private SystemNotices notices;
  @Inject private SchoolClock clock;

  /**
   * Announces to a class and tells its guardians (and, except for a parent meeting, its students).
   *
   * @return the announcement's id
   * @throws BusinessException {@code announcement.tooLate} with the earliest allowed date, {@code
   *     announcement.timeAndPlace}, {@code announcement.place}, {@code announcement.topics}
   * @throws lt.dienynas.security.AccessDeniedException for a class the caller may not announce to
   */
  public long announce(
      long classId,
      AnnouncementKind kind,
      LocalDate date,
      LocalTime time,
      @PlainText String place,
      @PlainText String topics) {
    Actor actor = actors.current();
    if (kind == null || !policy.mayAnnounceTo(actor, classId, kind.isClassTeacherEvent())) {
      throw policy.refuse("ANNOUNCE", "class", classId);
    }
    if (date == null) {
      throw new BusinessException("announcement.date");
    }
    SchoolClass schoolClass = em.find(SchoolClass.class, classId);
    Announcement announcement =
        new Announcement(
            schoolClass,
            em.find(Person.class, actor.personId()),
            kind,
            date,
            time,
            place,
            topics,
            clock.now());
    em.persist(announcement);
    Set<Long> people =
        new LinkedHashSet<>(
            directory.expand(new RecipientTarget(RecipientKind.CLASS_GUARDIANS, classId)));
    if (kind.reachesStudents()) {
      people.addAll(directory.expand(new RecipientTarget(RecipientKind.CLASS_STUDENTS, classId)));
    }
    notices.notify(
        people,
        "notice.announcement." + kind + ".subject",
        kind.isClassTeacherEvent()
            ? "notice.announcement.event.body"
            : "notice.announcement.change.body",
        schoolClass.getName(),
        date,
        time,
        announcement.getPlace().orElse(""),
        announcement.getTopics());
    em.flush();
    return announcement.getId();
  }

  /** The classes the caller may announce parent meetings and events to (or changes, if none). */
  @SuppressWarnings("unchecked")
  public List<ClassChoice> classes() {
    Actor actor = actors.current();
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.id, c.name FROM school_class c JOIN school_year y ON y.id ="
                    + " c.school_year_id WHERE y.read_only = FALSE ORDER BY y.start_date,"
                    + " c.level, c.grade, c.name")
            .setMaxResults(500)
            .getResultList();
    List<ClassChoice> classes = new ArrayList<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      if (policy.mayAnnounceTo(actor, id, false)) {
        classes.add(new ClassChoice(id, (String) row[1], policy.mayAnnounceTo(actor, id, true)));
      }
    }
    return classes;
  }

  /** The caller's own announcements, newest first (at most 100). */
  public List<AnnouncementView> mine() {
    Actor actor = actors.current();
    return em
        .createNamedQuery(Announcement.BY_AUTHOR, Announcement.class)
        .setParameter("person", actor.personId())
        .setMaxResults(100)
        .getResultList()
        .stream()
        .map(
            a ->
                new AnnouncementView(
                    a.getId(),
                    a.getSchoolClass().getName(),
                    a.getKind(),
                    a.getEventDate(),
                    a.getEventTime().orElse(null),
                    a.getPlace().orElse(""),
                    a.getTopics(),
                    a.getCreatedAt()))
        .toList();
  }
}
