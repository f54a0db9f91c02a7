package lt.dienynas.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.security.Role;
import lt.dienynas.shared.Messages;
import lt.dienynas.shared.SchoolClock;

/**
 * Calendar subscriptions: a student, a guardian or a teacher subscribes their calendar program to
 * an iCalendar feed at a secret address — planned tests, homework due dates, class events and
 * parents' meetings, holidays — and can replace or revoke the address at any time. The feed holds
 * what the person could read in the diary (a student's own groups, a guardian's children, a
 * teacher's groups and classes), over a bounded window, in a fixed number of queries.
 */
@Stateless
public class CalendarFeedService {
  /** The feed's window: a month back, four months ahead. */
  static final int DAYS_BACK = 31;

  static final int DAYS_AHEAD = 122;

  /** At most this many events of each kind. */
  static final int MAX_EVENTS = 400;

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private Actors actors;

  @EJB private AccessPolicy policy;

  @Inject private SchoolClock clock;

  /** The caller's subscription, if any. */
  public record Subscription(boolean active, LocalDateTime createdAt) implements Serializable {}

  /** One entry of the feed. {@code time} is null for a whole day; {@code end} is inclusive. */
  public record FeedEvent(
      String uid,
      LocalDate date,
      LocalTime time,
      LocalDate end,
      String summary,
      String description,
      String location)
      implements Serializable {}

  /** Whether the caller may subscribe at all: a student, a guardian or one who teaches. */
  @PermitAll
  public boolean maySubscribe() {
    Actor actor = actors.current();
    return actor.hasAny(
        Role.STUDENT,
        Role.GUARDIAN,
        Role.TEACHER,
        Role.CLASS_TEACHER,
        Role.NON_FORMAL_TEACHER,
        Role.PRESCHOOL_TEACHER,
        Role.VDM_EDUCATOR);
  }

  @PermitAll
  public Subscription mine() {
    Actor actor = requireSubscriber();
    return find(actor.personId())
        .map(f -> new Subscription(true, f.getCreatedAt()))
        .orElse(new Subscription(false, null));
  }

  /**
   * A new secret address for the caller's feed; an earlier one stops working.
   *
   * @return the secret (shown once: only its hash is kept)
   */
  @PermitAll
  public String renew() {
    Actor actor = requireSubscriber();
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    LocalDateTime now = clock.now().truncatedTo(ChronoUnit.MILLIS);
    Optional<CalendarFeed> existing = find(actor.personId());
    if (existing.isPresent()) {
      existing.get().renew(token, now);
    } else {
      em.persist(new CalendarFeed(actor.personId(), token, now));
    }
    em.flush();
    return token;
  }

  /** The caller's address stops working. */
  @PermitAll
  public void revoke() {
    Actor actor = requireSubscriber();
    find(actor.personId()).ifPresent(em::remove);
  }

  /**
   * The feed behind a secret address, for the calendar program (no login): empty for an unknown,
   * malformed or revoked secret.
   */
  @PermitAll
  public Optional<List<FeedEvent>> feed(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    List<CalendarFeed> found =
        em.createQuery("SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash", CalendarFeed.class)
            .setParameter("hash", CalendarFeed.hash(token))
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(events(found.get(0).getPersonId()));
  }

  private List<FeedEvent> events(long personId) {
    LocalDate today = clock.today();
    LocalDate from = today.minusDays(DAYS_BACK);
    LocalDate to = today.plusDays(DAYS_AHEAD);
    Set<String> roles = roles(personId);
    List<Long> students = new ArrayList<>();
    if (roles.contains(Role.STUDENT.name())) {
      students.add(personId);
    }
    if (roles.contains(Role.GUARDIAN.name())) {
      students.addAll(
          longs(
              em.createNativeQuery(
                      "SELECT student_id FROM guardianship WHERE guardian_id = ?1 ORDER BY"
                          + " student_id")
                  .setParameter(1, personId)
                  .getResultList()));
    }
    boolean severalChildren = students.size() > 1;
    List<FeedEvent> events = new ArrayList<>();
    Locale lt = Messages.LITHUANIAN;
    // the groups a row belongs to: the students' memberships on its date, or the teacher's
    // assignments on its date
    String studentGroups =
        "JOIN group_member m ON m.group_id = g.id AND m.valid_from <= %1$s AND (m.valid_to IS NULL"
            + " OR m.valid_to >= %1$s) AND m.student_id IN (%2$s)"
            + " JOIN person who ON who.id = m.student_id";
    String teacherGroups =
        "JOIN teaching_assignment a ON a.group_id = g.id AND a.teacher_id = %2$s AND a.valid_from"
            + " <= %1$s AND (a.valid_to IS NULL OR a.valid_to >= %1$s) JOIN person who ON who.id ="
            + " a.teacher_id";
    List<Scope> scopes = new ArrayList<>();
    if (!students.isEmpty()) {
      scopes.add(new Scope(studentGroups.replace("%2$s", join(students)), true));
    }
    if (roles.stream().anyMatch(r -> !r.equals("STUDENT") && !r.equals("GUARDIAN"))) {
      scopes.add(new Scope(teacherGroups.replace("%2$s", Long.toString(personId)), false));
    }
    for (Scope scope : scopes) {
      boolean named = scope.students() && severalChildren;
      subjectEvents(
          events,
          "test",
          "SELECT DISTINCT t.id, t.test_date, s.name, g.name, t.description, who.first_name"
              + " FROM planned_test t JOIN study_group g ON g.id = t.group_id JOIN subject"
              + " s ON s.id = t.subject_id "
              + scope.on("t.test_date")
              + " WHERE t.test_date BETWEEN ?1 AND ?2 ORDER BY t.test_date, t.id",
          scope,
          named,
          from,
          to);
      subjectEvents(
          events,
          "homework",
          "SELECT DISTINCT l.id, l.homework_due, s.name, g.name, l.homework,"
              + " who.first_name FROM lesson l JOIN study_group g ON g.id = l.group_id"
              + " JOIN subject s ON s.id = l.subject_id "
              + scope.on("l.lesson_date")
              + " WHERE l.homework_due BETWEEN ?1 AND ?2 AND l.homework IS NOT NULL"
              + " ORDER BY l.homework_due, l.id",
          scope,
          named,
          from,
          to);
      announcements(
          events,
          "SELECT DISTINCT n.id, n.event_date, n.event_time, n.kind, c.name, n.topics,"
              + " n.place FROM announcement n JOIN school_class c ON c.id ="
              + " n.school_class_id JOIN study_group g ON g.school_class_id = c.id "
              + scope.on("n.event_date")
              + " WHERE n.event_date BETWEEN ?1 AND ?2 ORDER BY n.event_date, n.id",
          from,
          to);
    }
    if (roles.contains(Role.CLASS_TEACHER.name())) {
      // the class teacher's own classes' meetings and events (§21.13), taught there or not
      announcements(
          events,
          "SELECT n.id, n.event_date, n.event_time, n.kind, c.name, n.topics, n.place"
              + " FROM announcement n JOIN school_class c ON c.id = n.school_class_id"
              + " WHERE c.class_teacher_id = "
              + personId
              + " AND n.event_date BETWEEN ?1 AND ?2 ORDER BY n.event_date, n.id",
          from,
          to);
    }
    for (Object[] r :
        rows(
            "SELECT h.id, h.start_date, h.end_date, h.name FROM holiday h WHERE h.end_date >="
                + " ?1 AND h.start_date <= ?2 ORDER BY h.start_date",
            from,
            to)) {
      events.add(
          new FeedEvent(
              "holiday-" + r[0],
              date(r[1]),
              null,
              date(r[2]),
              Messages.format(lt, "calendar.holiday", r[3]),
              null,
              null));
    }
    // one event once, even when it reaches the caller through two children or two groups
    Map<String, FeedEvent> unique = new LinkedHashMap<>();
    events.forEach(e -> unique.putIfAbsent(e.uid(), e));
    return List.copyOf(unique.values());
  }

  /** Announcements (meetings, events, timetable changes) of the rows the query selects. */
  private void announcements(List<FeedEvent> events, String sql, LocalDate from, LocalDate to) {
    for (Object[] r : rows(sql, from, to)) {
      events.add(
          new FeedEvent(
              "announcement-" + r[0],
              date(r[1]),
              r[2] == null ? null : ((Time) r[2]).toLocalTime(),
              date(r[1]),
              Messages.format(Messages.LITHUANIAN, "calendar.announcement." + r[3], r[4]),
              (String) r[5],
              (String) r[6]));
    }
  }

  /** The groups a row belongs to: the students' memberships or the teacher's assignments. */
  private record Scope(String join, boolean students) {
    /** The join, its validity checked on the row's own date column. */
    String on(String dateColumn) {
      return String.format(join, dateColumn);
    }
  }

  /** Planned tests or homework due: a subject's entry of a group, for a student or the teacher. */
  private void subjectEvents(
      List<FeedEvent> events,
      String kind,
      String sql,
      Scope scope,
      boolean named,
      LocalDate from,
      LocalDate to) {
    for (Object[] r : rows(sql, from, to)) {
      events.add(
          new FeedEvent(
              kind + "-" + r[0] + "-" + (scope.students() ? r[5] : "t"),
              date(r[1]),
              null,
              date(r[1]),
              prefix(named, r[5])
                  + Messages.format(Messages.LITHUANIAN, "calendar." + kind, r[2], r[3]),
              (String) r[4],
              null));
    }
  }

  private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
    List<Object[]> rows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(sql)
            .setParameter(1, from)
            .setParameter(2, to)
            .setMaxResults(MAX_EVENTS)
            .getResultList()) {
      rows.add((Object[]) row);
    }
    return rows;
  }

  private Actor requireSubscriber() {
    Actor actor = actors.current();
    if (!maySubscribe()) {
      throw policy.refuse("CALENDAR_FEED", "person", actor.personId());
    }
    return actor;
  }

  private Optional<CalendarFeed> find(long personId) {
    return em
        .createQuery("SELECT f FROM CalendarFeed f WHERE f.personId = :person", CalendarFeed.class)
        .setParameter("person", personId)
        .getResultList()
        .stream()
        .findFirst();
  }

  private Set<String> roles(long personId) {
    Set<String> roles = new TreeSet<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT 'STUDENT' FROM student WHERE person_id = ?1 UNION SELECT 'GUARDIAN' FROM"
                    + " guardian WHERE person_id = ?1 UNION SELECT r.role FROM staff_role r JOIN"
                    + " staff_member s ON s.person_id = r.staff_id AND s.active = TRUE WHERE"
                    + " r.staff_id = ?1 AND r.role IN ('TEACHER', 'CLASS_TEACHER',"
                    + " 'NON_FORMAL_TEACHER', 'PRESCHOOL_TEACHER', 'VDM_EDUCATOR')")
            .setParameter(1, personId)
            .getResultList()) {
      roles.add(r.toString());
    }
    return roles;
  }

  private static String prefix(boolean named, Object firstName) {
    return named ? firstName + ": " : "";
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static List<Long> longs(List<?> values) {
    return values.stream().map(v -> ((Number) v).longValue()).toList();
  }

  private static String join(List<Long> ids) {
    return String.join(",", ids.stream().map(String::valueOf).toList());
  }
}
