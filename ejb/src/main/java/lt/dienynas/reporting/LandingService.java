package lt.dienynas.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serial;
import java.io.Serializable;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lt.dienynas.reporting.LandingRows.Child;
import lt.dienynas.reporting.LandingRows.ChildAbsences;
import lt.dienynas.reporting.LandingRows.ChildMark;
import lt.dienynas.reporting.LandingRows.ChildSubjectDay;
import lt.dienynas.reporting.LandingRows.ClassCounts;
import lt.dienynas.reporting.LandingRows.CountAndLatest;
import lt.dienynas.reporting.LandingRows.GroupCount;
import lt.dienynas.reporting.LandingRows.LastLesson;
import lt.dienynas.reporting.LandingRows.LastLock;
import lt.dienynas.reporting.LandingRows.LocksOfYear;
import lt.dienynas.reporting.LandingRows.OpenAct;
import lt.dienynas.reporting.LandingRows.TwoCounts;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;

/**
 * The landing page's "today" of each role (beyond the lessons, the children's and the student's own
 * week): the real, current work of the calling person in that role — the correction acts waiting
 * for them, the last month locked, recent imports, the class's notes to decide, the last lesson
 * taught, the students supported, the health notices sent. Only the caller's own work, and only for
 * a role they hold; a few bounded queries a role.
 */
@Stateless
@PermitAll
public class LandingService {

  private static final int NAMES = 5;

  /** A guardian's children on the landing page (a family's, not a class's). */
  private static final int CHILDREN = 12;

  /** Marks, homework and tests listed by name on a line; the rest are counted. */
  private static final int LISTED = 5;

  /** The guardian's and student's newest marks and absences are of this many days up to today. */
  static final int DIARY_DAYS_BACK = 7;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private Actors actors;

  @Inject private SchoolClock clock;

  @EJB private AccessPolicy policy;

  /** A school year as the landing page names it. */
  public record SchoolYearRef(long id, String name) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    /** A row of {@code SELECT id, name FROM school_year}. */
    static SchoolYearRef of(Object row) {
      Object[] r = (Object[]) row;
      return new SchoolYearRef(((Number) r[0]).longValue(), r[1].toString());
    }
  }

  /**
   * One line of a landing section: its text (a {@code text} bundle key with its arguments) and the
   * page it leads to (null for none).
   */
  public record Fact(String key, List<String> args, String outcome) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    public Fact {
      args = List.copyOf(args);
    }
  }

  /** Lessons without a topic are counted over this many days up to today. */
  static final int WORK_DAYS_BACK = 14;

  /** Planned tests are counted over this many days ahead. */
  static final int TESTS_AHEAD_DAYS = 7;

  /** The calling person's facts of one of their roles; none for a role they do not hold. */
  public List<Fact> facts(Role role) {
    Actor actor = actors.current();
    if (!actor.has(role)) {
      return List.of();
    }
    LocalDate today = clock.today();
    List<Fact> facts = new ArrayList<>();
    switch (role) {
      case DIRECTOR -> {
        facts.add(acts("landing.fact.actsWaiting", "a.status IN ('SUBMITTED', 'AGREED')"));
        facts.add(lastLock());
      }
      case DEPUTY -> {
        String waiting = "a.status = 'SUBMITTED' AND a.deputy_decision IS NULL";
        facts.add(acts("landing.fact.actsForDeputy", waiting));
        facts.addAll(openActs(waiting));
        facts.add(lastLock());
      }
      case DB_ADMIN -> {
        String waiting =
            "(a.status = 'SUBMITTED' AND a.admin_decision IS NULL) OR a.status = 'AGREED'";
        facts.add(acts("landing.fact.actsForAdmin", waiting));
        facts.addAll(openActs(waiting));
        facts.add(recentImports(today));
        facts.add(lastLock());
      }
      case IT_SPECIALIST -> {
        facts.add(
            new Fact(
                "landing.fact.accounts",
                List.of(count("SELECT COUNT(*) FROM user_account WHERE enabled = TRUE")),
                null));
        facts.add(lastLock());
      }
      case CLASS_TEACHER -> facts.addAll(myClasses(actor, today));
      case TEACHER, NON_FORMAL_TEACHER, VDM_EDUCATOR -> facts.addAll(lastLessons(actor, today));
      case PRESCHOOL_TEACHER -> {
        facts.addAll(myGroups(actor, today));
        facts.addAll(lastLessons(actor, today));
      }
      case SOCIAL_PEDAGOGUE, PSYCHOLOGIST, SPECIAL_PEDAGOGUE, SPEECH_THERAPIST, CAREER_SPECIALIST ->
          facts.add(supported(actor, today));
      case HEALTH_SPECIALIST -> facts.add(healthNotices(actor));
      case LIBRARIAN -> facts.add(readers(today));
      case NON_FORMAL_ORGANISER -> facts.add(nonFormalGroups(today));
      case ARCHIVIST -> facts.add(locksOfYear(today));
      case GUARDIAN ->
          facts.addAll(diaryToday(guardiansChildren(actor), today, "/diary/child.xhtml"));
      case STUDENT ->
          facts.addAll(
              policy.mayReadOwnDiary()
                  ? diaryToday(self(actor), today, "/diary/mine.xhtml")
                  : List.of());
    }
    return facts;
  }

  /**
   * The newest acts waiting for the caller: number, class or group, the record's date, submitted.
   */
  private List<Fact> openActs(String condition) {
    List<Fact> facts = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT a.act_number, g.name, a.record_date, a.submitted_at FROM correction_act a"
                    + " JOIN study_group g ON g.id = a.group_id WHERE "
                    + condition
                    + " ORDER BY a.submitted_at DESC, a.id DESC")
            .setMaxResults(NAMES)
            .getResultList()) {
      OpenAct act = OpenAct.of(o);
      facts.add(
          new Fact(
              "landing.fact.openAct",
              List.of(
                  act.number(),
                  act.groupName(),
                  act.recordDate().toString(),
                  orDash(act.submittedOn())),
              "/correction/list.xhtml"));
    }
    return facts;
  }

  /** The school years that hold today (one, unless a new year is being set up), by start. */
  public List<SchoolYearRef> yearsOfToday() {
    List<SchoolYearRef> years = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT id, name FROM school_year WHERE start_date <= ?1 AND end_date >= ?1"
                    + " ORDER BY start_date, id")
            .setParameter(1, Date.valueOf(clock.today()))
            .setMaxResults(2)
            .getResultList()) {
      years.add(SchoolYearRef.of(o));
    }
    return years;
  }

  /** The guardian's children, by name. */
  private List<Child> guardiansChildren(Actor actor) {
    List<Child> children = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT p.id, CONCAT(p.first_name, ' ', p.last_name) FROM guardianship gs"
                    + " JOIN person p ON p.id = gs.student_id WHERE gs.guardian_id = ?1"
                    + " ORDER BY p.first_name, p.last_name")
            .setParameter(1, actor.personId())
            .setMaxResults(CHILDREN)
            .getResultList()) {
      children.add(Child.of(o));
    }
    return children;
  }

  private List<Child> self(Actor actor) {
    List<Child> me = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT p.id, CONCAT(p.first_name, ' ', p.last_name) FROM person p WHERE p.id = ?1")
            .setParameter(1, actor.personId())
            .getResultList()) {
      me.add(Child.of(o));
    }
    return me;
  }

  /**
   * Each child's (or the student's own) day: the marks of the last {@link #DIARY_DAYS_BACK} days
   * (newest first), the lessons missed and late arrivals over those days, the homework due tomorrow
   * and by the end of the week (the next one from Saturday on), the tests of the coming {@link
   * #TESTS_AHEAD_DAYS} days. Four queries for all the children together.
   */
  private List<Fact> diaryToday(List<Child> children, LocalDate today, String outcome) {
    if (children.isEmpty()) {
      return List.of();
    }
    String ids = children.stream().map(c -> Long.toString(c.id())).collect(Collectors.joining(","));
    LocalDate since = today.minusDays(DIARY_DAYS_BACK - 1);
    LocalDate tomorrow = today.plusDays(1);
    LocalDate weekEnd = tomorrow.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    Map<Long, List<String>> marks = new HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT m.student_id, l.lesson_date, s.name, m.scale, m.mark_value, m.comment"
                    + " FROM mark m JOIN lesson l ON l.id = m.lesson_id"
                    + " JOIN subject s ON s.id = l.subject_id WHERE m.student_id IN ("
                    + ids
                    + ") AND l.lesson_date BETWEEN ?1 AND ?2"
                    + " ORDER BY l.lesson_date DESC, l.lesson_number DESC, s.name")
            .setParameter(1, Date.valueOf(since))
            .setParameter(2, Date.valueOf(today))
            .setMaxResults(LISTED * children.size() * 4)
            .getResultList()) {
      ChildMark r = ChildMark.of(o);
      marks
          .computeIfAbsent(r.studentId(), id -> new ArrayList<>())
          .add(r.mark().notation() + " (" + r.subjectName() + ", " + r.date() + ")");
    }
    Map<Long, ChildAbsences> absences = new HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT a.student_id, SUM(a.status = 'ABSENT'),"
                    + " SUM(a.status = 'ABSENT' AND a.justification IS NULL),"
                    + " SUM(a.status = 'LATE') FROM attendance a"
                    + " JOIN lesson l ON l.id = a.lesson_id WHERE a.student_id IN ("
                    + ids
                    + ") AND l.lesson_date BETWEEN ?1 AND ?2 GROUP BY a.student_id")
            .setParameter(1, Date.valueOf(since))
            .setParameter(2, Date.valueOf(today))
            .getResultList()) {
      ChildAbsences r = ChildAbsences.of(o);
      absences.put(r.studentId(), r);
    }
    Map<Long, List<String>> dueTomorrow = new HashMap<>();
    Map<Long, List<String>> dueThisWeek = new HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT DISTINCT m.student_id, l.id, l.homework_due, s.name FROM lesson l"
                    + " JOIN subject s ON s.id = l.subject_id JOIN group_member m"
                    + " ON m.group_id = l.group_id AND l.lesson_date >= m.valid_from"
                    + " AND (m.valid_to IS NULL OR l.lesson_date <= m.valid_to)"
                    + " WHERE m.student_id IN ("
                    + ids
                    + ") AND l.homework IS NOT NULL AND l.homework_due BETWEEN ?1 AND ?2"
                    + " ORDER BY l.homework_due, s.name, l.id")
            .setParameter(1, Date.valueOf(tomorrow))
            .setParameter(2, Date.valueOf(weekEnd))
            .setMaxResults(LISTED * children.size() * 4)
            .getResultList()) {
      ChildSubjectDay r = ChildSubjectDay.of(o);
      if (r.day().equals(tomorrow)) {
        dueTomorrow.computeIfAbsent(r.studentId(), id -> new ArrayList<>()).add(r.subjectName());
      } else {
        dueThisWeek
            .computeIfAbsent(r.studentId(), id -> new ArrayList<>())
            .add(r.subjectName() + " (" + r.day() + ")");
      }
    }
    Map<Long, List<String>> tests = new HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT DISTINCT m.student_id, t.id, t.test_date, s.name FROM planned_test t"
                    + " JOIN subject s ON s.id = t.subject_id JOIN group_member m"
                    + " ON m.group_id = t.group_id AND t.test_date >= m.valid_from"
                    + " AND (m.valid_to IS NULL OR t.test_date <= m.valid_to)"
                    + " WHERE m.student_id IN ("
                    + ids
                    + ") AND t.test_date BETWEEN ?1 AND ?2 ORDER BY t.test_date, s.name, t.id")
            .setParameter(1, Date.valueOf(today))
            .setParameter(2, Date.valueOf(today.plusDays(TESTS_AHEAD_DAYS)))
            .setMaxResults(LISTED * children.size() * 4)
            .getResultList()) {
      ChildSubjectDay r = ChildSubjectDay.of(o);
      tests
          .computeIfAbsent(r.studentId(), id -> new ArrayList<>())
          .add(r.subjectName() + " (" + r.day() + ")");
    }
    List<Fact> facts = new ArrayList<>();
    for (Child child : children) {
      long id = child.id();
      String name = child.name();
      ChildAbsences missed = absences.getOrDefault(id, new ChildAbsences(id, 0, 0, 0));
      facts.add(
          new Fact(
              "landing.fact.childMarks",
              List.of(name, Integer.toString(DIARY_DAYS_BACK), listed(marks.get(id))),
              outcome));
      facts.add(
          new Fact(
              "landing.fact.childAbsences",
              List.of(
                  name,
                  Integer.toString(DIARY_DAYS_BACK),
                  Long.toString(missed.absent()),
                  Long.toString(missed.unjustified()),
                  Long.toString(missed.late())),
              outcome));
      facts.add(
          new Fact(
              "landing.fact.childHomework",
              List.of(
                  name,
                  listed(dueTomorrow.get(id)),
                  weekEnd.toString(),
                  listed(dueThisWeek.get(id))),
              outcome));
      facts.add(
          new Fact(
              "landing.fact.childTests",
              List.of(name, Integer.toString(TESTS_AHEAD_DAYS), listed(tests.get(id))),
              outcome));
    }
    return facts;
  }

  /** The first {@link #LISTED} items, and how many more; "–" for none. */
  private static String listed(List<String> items) {
    if (items == null || items.isEmpty()) {
      return "–";
    }
    String shown = String.join(", ", items.subList(0, Math.min(LISTED, items.size())));
    return items.size() > LISTED ? shown + " … (+" + (items.size() - LISTED) + ")" : shown;
  }

  private Fact acts(String key, String condition) {
    return new Fact(
        key,
        List.of(count("SELECT COUNT(*) FROM correction_act a WHERE " + condition)),
        "/correction/list.xhtml");
  }

  /** The latest month locked school-wide (or for a class), and when. */
  private Fact lastLock() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT month, MAX(changed_at) FROM month_lock WHERE locked = TRUE"
                    + " GROUP BY month ORDER BY month DESC")
            .setMaxResults(1)
            .getResultList();
    if (rows.isEmpty()) {
      return new Fact("landing.fact.noLock", List.of(), null);
    }
    LastLock lock = LastLock.of(rows.get(0));
    return new Fact(
        "landing.fact.lastLock",
        List.of(lock.month(), lock.changedOn().toString()),
        "/locking/locks.xhtml");
  }

  private Fact recentImports(LocalDate today) {
    Query q =
        em.createNativeQuery(
            "SELECT COUNT(*), MAX(started_at) FROM registry_import WHERE started_at >= ?1");
    CountAndLatest imports =
        CountAndLatest.of(q.setParameter(1, Date.valueOf(today.minusDays(30))).getSingleResult());
    return new Fact(
        "landing.fact.recentImports",
        List.of(Long.toString(imports.count()), orDash(imports.latest())),
        "/registry/imports.xhtml");
  }

  /** The class teacher's classes this year: students on the list today, notes to decide. */
  private List<Fact> myClasses(Actor actor, LocalDate today) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.name, (SELECT COUNT(DISTINCT m.student_id) FROM study_group g"
                    + " JOIN group_member m ON m.group_id = g.id WHERE g.school_class_id = c.id"
                    + " AND g.kind IN ('CLASS', 'PRESCHOOL') AND m.valid_from <= ?2"
                    + " AND (m.valid_to IS NULL OR m.valid_to >= ?2)),"
                    + " (SELECT COUNT(*) FROM justification_note n WHERE n.status = 'SUBMITTED'"
                    + " AND n.student_id IN (SELECT m.student_id FROM study_group g"
                    + " JOIN group_member m ON m.group_id = g.id WHERE g.school_class_id = c.id"
                    + " AND g.kind IN ('CLASS', 'PRESCHOOL')))"
                    + " FROM school_class c JOIN school_year y ON y.id = c.school_year_id"
                    + " WHERE c.class_teacher_id = ?1 AND y.start_date <= ?2 AND y.end_date >= ?2"
                    + " ORDER BY c.name")
            .setParameter(1, actor.personId())
            .setParameter(2, Date.valueOf(today))
            .setMaxResults(NAMES)
            .getResultList();
    List<Fact> facts = new ArrayList<>();
    for (Object o : rows) {
      ClassCounts r = ClassCounts.of(o);
      facts.add(
          new Fact(
              "landing.fact.myClass",
              List.of(r.className(), Long.toString(r.students()), Long.toString(r.notesToDecide())),
              "/journal/justifications.xhtml"));
    }
    return facts.isEmpty() ? List.of(new Fact("landing.fact.noClass", List.of(), null)) : facts;
  }

  /** The groups the pre-school teacher teaches now, with the children on each list today. */
  private List<Fact> myGroups(Actor actor, LocalDate today) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT g.name, (SELECT COUNT(DISTINCT m.student_id) FROM group_member m"
                    + " WHERE m.group_id = g.id AND m.valid_from <= ?2"
                    + " AND (m.valid_to IS NULL OR m.valid_to >= ?2))"
                    + " FROM study_group g WHERE g.kind = 'PRESCHOOL' AND g.id IN"
                    + " (SELECT a.group_id FROM teaching_assignment a WHERE a.teacher_id = ?1"
                    + " AND a.valid_from <= ?2 AND (a.valid_to IS NULL OR a.valid_to >= ?2))"
                    + " ORDER BY g.name")
            .setParameter(1, actor.personId())
            .setParameter(2, Date.valueOf(today))
            .setMaxResults(NAMES)
            .getResultList();
    List<Fact> facts = new ArrayList<>();
    for (Object o : rows) {
      GroupCount r = GroupCount.of(o);
      facts.add(
          new Fact(
              "landing.fact.myGroup",
              List.of(r.groupName(), Long.toString(r.children())),
              "/groups/index.xhtml"));
    }
    return facts;
  }

  /** The teacher's last lesson before today and their lessons of this month so far. */
  private List<Fact> lastLessons(Actor actor, LocalDate today) {
    List<?> last =
        em.createNativeQuery(
                "SELECT l.lesson_date, s.name, g.name FROM lesson l JOIN subject s"
                    + " ON s.id = l.subject_id JOIN study_group g ON g.id = l.group_id"
                    + " WHERE l.teacher_id = ?1 AND l.lesson_date < ?2"
                    + " ORDER BY l.lesson_date DESC, l.lesson_number DESC")
            .setParameter(1, actor.personId())
            .setParameter(2, Date.valueOf(today))
            .setMaxResults(1)
            .getResultList();
    if (last.isEmpty()) {
      return List.of(new Fact("landing.fact.noLesson", List.of(), null));
    }
    LastLesson r = LastLesson.of(last.get(0));
    YearMonth month = YearMonth.from(today);
    String thisMonth =
        em.createNativeQuery(
                "SELECT COUNT(*) FROM lesson WHERE teacher_id = ?1 AND lesson_date >= ?2"
                    + " AND lesson_date < ?3")
            .setParameter(1, actor.personId())
            .setParameter(2, Date.valueOf(month.atDay(1)))
            .setParameter(3, Date.valueOf(today))
            .getSingleResult()
            .toString();
    return List.of(
        new Fact(
            "landing.fact.lastLesson",
            List.of(r.date().toString(), r.subjectName(), r.groupName()),
            "/journal/index.xhtml"),
        new Fact("landing.fact.lessonsThisMonth", List.of(thisMonth), "/journal/index.xhtml"),
        work(actor, today));
  }

  /** The teacher's work to do: lessons up to today still without a topic, tests coming. */
  private Fact work(Actor actor, LocalDate today) {
    TwoCounts row =
        TwoCounts.of(
            em.createNativeQuery(
                    "SELECT (SELECT COUNT(*) FROM lesson l WHERE (l.teacher_id = ?1 OR"
                        + " l.substitute_id = ?1) AND l.lesson_date BETWEEN ?2 AND ?3 AND"
                        + " l.topic IS NULL AND l.not_held_reason IS NULL), (SELECT COUNT(*) FROM"
                        + " planned_test t WHERE t.test_date BETWEEN ?3 AND ?4 AND EXISTS (SELECT 1"
                        + " FROM teaching_assignment a WHERE a.teacher_id = ?1 AND a.group_id ="
                        + " t.group_id AND a.subject_id = t.subject_id AND a.valid_from <= ?3 AND"
                        + " (a.valid_to IS NULL OR a.valid_to >= ?3)))")
                .setParameter(1, actor.personId())
                .setParameter(2, Date.valueOf(today.minusDays(WORK_DAYS_BACK - 1)))
                .setParameter(3, Date.valueOf(today))
                .setParameter(4, Date.valueOf(today.plusDays(TESTS_AHEAD_DAYS)))
                .getSingleResult());
    return new Fact(
        "landing.fact.work",
        List.of(
            Integer.toString(WORK_DAYS_BACK),
            Long.toString(row.first()),
            Integer.toString(TESTS_AHEAD_DAYS),
            Long.toString(row.second())),
        "/journal/index.xhtml");
  }

  /** The specialist's students supported today: how many, and the first names. */
  private Fact supported(Actor actor, LocalDate today) {
    List<?> names =
        em.createNativeQuery(
                "SELECT CONCAT(p.first_name, ' ', p.last_name) FROM student_support s"
                    + " JOIN person p ON p.id = s.student_id WHERE s.specialist_id = ?1"
                    + " AND s.valid_from <= ?2 AND (s.valid_to IS NULL OR s.valid_to >= ?2)"
                    + " ORDER BY p.last_name, p.first_name")
            .setParameter(1, actor.personId())
            .setParameter(2, Date.valueOf(today))
            .setMaxResults(200)
            .getResultList();
    String shown =
        names.stream().limit(NAMES).map(Object::toString).collect(Collectors.joining(", "));
    return new Fact(
        "landing.fact.supported",
        List.of(Integer.toString(names.size()), names.isEmpty() ? "–" : shown),
        "/support/my-students.xhtml");
  }

  private Fact healthNotices(Actor actor) {
    CountAndLatest sent =
        CountAndLatest.of(
            em.createNativeQuery(
                    "SELECT COUNT(*), MAX(sent_at) FROM health_notice WHERE author_id = ?1")
                .setParameter(1, actor.personId())
                .getSingleResult());
    return new Fact(
        "landing.fact.healthNotices",
        List.of(Long.toString(sent.count()), orDash(sent.latest())),
        "/health/sent.xhtml");
  }

  /** The school's students and classes this year (the library's readers). */
  private Fact readers(LocalDate today) {
    TwoCounts row =
        TwoCounts.of(
            em.createNativeQuery(
                    "SELECT COUNT(DISTINCT m.student_id), COUNT(DISTINCT g.id) FROM study_group g"
                        + " JOIN school_year y ON y.id = g.school_year_id JOIN group_member m"
                        + " ON m.group_id = g.id WHERE g.kind IN ('CLASS', 'PRESCHOOL')"
                        + " AND y.start_date <= ?1 AND y.end_date >= ?1 AND m.valid_from <= ?1"
                        + " AND (m.valid_to IS NULL OR m.valid_to >= ?1)")
                .setParameter(1, Date.valueOf(today))
                .getSingleResult());
    return new Fact(
        "landing.fact.readers",
        List.of(Long.toString(row.first()), Long.toString(row.second())),
        null);
  }

  /** The non-formal groups of this school year and their students (§20). */
  private Fact nonFormalGroups(LocalDate today) {
    TwoCounts row =
        TwoCounts.of(
            em.createNativeQuery(
                    "SELECT COUNT(DISTINCT g.id), COUNT(DISTINCT m.student_id) FROM study_group g"
                        + " JOIN school_year y ON y.id = g.school_year_id LEFT JOIN group_member m"
                        + " ON m.group_id = g.id AND m.valid_from <= ?1"
                        + " AND (m.valid_to IS NULL OR m.valid_to >= ?1) WHERE g.kind = 'NON_FORMAL'"
                        + " AND y.start_date <= ?1 AND y.end_date >= ?1")
                .setParameter(1, Date.valueOf(today))
                .getSingleResult());
    return new Fact(
        "landing.fact.nonFormalGroups",
        List.of(Long.toString(row.first()), Long.toString(row.second())),
        null);
  }

  /** The months of this school year locked so far, and the latest. */
  private Fact locksOfYear(LocalDate today) {
    int startYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    String from = YearMonth.of(startYear, 9).toString();
    LocksOfYear locks =
        LocksOfYear.of(
            em.createNativeQuery(
                    "SELECT COUNT(DISTINCT month), MAX(month) FROM month_lock"
                        + " WHERE locked = TRUE AND month >= ?1")
                .setParameter(1, from)
                .getSingleResult());
    return new Fact(
        "landing.fact.locksOfYear",
        List.of(Long.toString(locks.months()), locks.latest() == null ? "–" : locks.latest()),
        "/yearend/archive.xhtml");
  }

  private String count(String sql) {
    return em.createNativeQuery(sql).getSingleResult().toString();
  }

  /** A day as the facts show it; "–" for none. */
  private static String orDash(LocalDate day) {
    return day == null ? "–" : day.toString();
  }
}
