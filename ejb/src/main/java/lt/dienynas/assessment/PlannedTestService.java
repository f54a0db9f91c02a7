package lt.dienynas.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.messaging.SystemNotices;
import lt.dienynas.people.Person;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.shared.SchoolSettings;

/**
 * Kontroliniai / atsiskaitomieji darbai (§23.4): announced by the subject teacher at least N
 * calendar days ahead (a school setting), at most one a day for every student over all the groups
 * they belong to (class, subject groups, home-schooling group); the coming tests for students and
 * guardians, a class's tests for the deputy, and the tests whose marks are late.
 */
@Stateless
@Interceptors(InputRefusals.class)
@HistorySource("planned tests")
public class PlannedTestService {
  /** School setting: calendar days between the announcement and the test. */
  public static final String DAYS_AHEAD = "planned_test_days_ahead";

  /** Days after the test by which its marks must be in. */
  public static final int MARKS_WITHIN_DAYS = 7;

  /** The longest span one calendar call lists. */
  static final int MAX_DAYS = 366;

  /**
   * The students of the new test's group on its date who already have a test that day through any
   * group of theirs, with that test. Locking the day's tests (and the gap before them) makes two
   * announcements for the same day wait for each other.
   */
  private static final String CLASHES =
      """
      SELECT p.first_name, p.last_name, sub.name, g.name
        FROM group_member m
        JOIN group_member o ON o.student_id = m.student_id
         AND o.valid_from <= ?2 AND (o.valid_to IS NULL OR o.valid_to >= ?2)
        JOIN planned_test t ON t.group_id = o.group_id AND t.test_date = ?2
        JOIN subject sub ON sub.id = t.subject_id
        JOIN study_group g ON g.id = t.group_id
        JOIN person p ON p.id = m.student_id
       WHERE m.group_id = ?1 AND m.valid_from <= ?2 AND (m.valid_to IS NULL OR m.valid_to >= ?2)
       ORDER BY p.last_name, p.first_name, sub.name
      """;

  private static final String VIEW_COLUMNS =
      "SELECT DISTINCT t.id, t.test_date, g.id, g.name, sub.id, sub.name, t.description,"
          + " CONCAT(p.first_name, ' ', p.last_name) FROM planned_test t"
          + " JOIN study_group g ON g.id = t.group_id JOIN subject sub ON sub.id = t.subject_id"
          + " JOIN person p ON p.id = t.announced_by";

  private static final String OF_STUDENT =
      VIEW_COLUMNS
          + " JOIN group_member m ON m.group_id = t.group_id AND m.student_id = ?1"
          + " AND m.valid_from <= t.test_date AND (m.valid_to IS NULL OR m.valid_to >= t.test_date)"
          + " WHERE t.test_date BETWEEN ?2 AND ?3 ORDER BY t.test_date, sub.name";

  private static final String OF_CLASS =
      VIEW_COLUMNS
          + " WHERE t.group_id IN (SELECT DISTINCT m.group_id FROM group_member m"
          + " WHERE m.student_id IN (SELECT cm.student_id FROM group_member cm"
          + " JOIN study_group cg ON cg.id = cm.group_id WHERE cg.school_class_id = ?1))"
          + " AND t.test_date BETWEEN ?2 AND ?3 ORDER BY t.test_date, sub.name";

  /** Tests held at least a week ago without one mark in the group's lessons of that day. */
  private static final String MARKS_LATE =
      VIEW_COLUMNS
          + " WHERE t.test_date <= ?1 AND NOT EXISTS (SELECT 1 FROM lesson l JOIN mark mk"
          + " ON mk.lesson_id = l.id WHERE l.group_id = t.group_id AND l.lesson_date ="
          + " t.test_date)";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private SchoolSettings settings;

  @EJB private HistoryLog history;

  @EJB private SystemNotices notices;

  @Inject private SchoolClock clock;

  /**
   * Announces a test for a group in a subject the caller teaches there; the group's students and
   * their guardians are told.
   *
   * @throws BusinessException {@code plannedTest.tooSoon}, {@code plannedTest.outsideYear}, {@code
   *     plannedTest.clash} naming the students and the test they already have, {@code
   *     plannedTest.description}, {@code schoolYear.readOnly}
   */
  @RolesAllowed({Role.Names.TEACHER, Role.Names.NON_FORMAL_TEACHER, Role.Names.PRESCHOOL_TEACHER})
  public long announce(
      long groupId, long subjectId, LocalDate date, @PlainText String description) {
    Actor actor = policy.requireSubjectTeacher(groupId, subjectId);
    StudyGroup group = em.find(StudyGroup.class, groupId);
    group.getSchoolYear().requireWritable();
    if (date == null) {
      throw new BusinessException("plannedTest.dateRequired");
    }
    int daysAhead = daysAhead();
    LocalDate earliest = clock.today().plusDays(daysAhead);
    if (date.isBefore(earliest)) {
      throw new BusinessException("plannedTest.tooSoon", daysAhead, earliest);
    }
    if (!group.getSchoolYear().contains(date)) {
      throw new BusinessException("plannedTest.outsideYear", date);
    }
    em.createNativeQuery("SELECT id FROM planned_test WHERE test_date = ?1 FOR UPDATE")
        .setParameter(1, date)
        .getResultList();
    Number sameGroup =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM planned_test WHERE group_id = ?1 AND test_date = ?2")
                .setParameter(1, groupId)
                .setParameter(2, date)
                .getSingleResult();
    if (sameGroup.longValue() > 0) {
      throw new BusinessException("plannedTest.groupHasTest", group.getName(), date);
    }
    List<?> clashes =
        em.createNativeQuery(CLASHES)
            .setParameter(1, groupId)
            .setParameter(2, date)
            .getResultList();
    if (!clashes.isEmpty()) {
      Map<String, List<String>> byTest = new LinkedHashMap<>();
      for (Object row : clashes) {
        Object[] r = (Object[]) row;
        String test = "„" + r[2] + "“ (" + r[3] + ")";
        byTest.computeIfAbsent(test, t -> new ArrayList<>()).add(r[0] + " " + r[1]);
      }
      List<String> parts = new ArrayList<>();
      byTest.forEach((test, students) -> parts.add(String.join(", ", students) + " – " + test));
      throw new BusinessException("plannedTest.clash", date, String.join("; ", parts));
    }
    Subject subject = em.find(Subject.class, subjectId);
    LocalDateTime now = clock.now().truncatedTo(ChronoUnit.MILLIS);
    PlannedTest test =
        new PlannedTest(
            group, subject, date, description, em.find(Person.class, actor.personId()), now);
    em.persist(test);
    em.flush();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("group", groupId);
    after.put("subject", subjectId);
    after.put("date", date);
    after.put("description", test.getDescription());
    history.record(Change.inserted("planned_test", test.getId(), after));
    notices.notify(
        studentsAndGuardians(groupId, date),
        "notice.plannedTest.subject",
        "notice.plannedTest.body",
        subject.getName(),
        date,
        test.getDescription());
    return test.getId();
  }

  /**
   * Cancels a coming test (its teacher); the history keeps it.
   *
   * @throws BusinessException {@code plannedTest.past} for a test of today or before
   */
  @RolesAllowed({Role.Names.TEACHER, Role.Names.NON_FORMAL_TEACHER, Role.Names.PRESCHOOL_TEACHER})
  public void cancel(long testId) {
    PlannedTest test = em.find(PlannedTest.class, testId);
    if (test == null) {
      throw policy.refuse("SUBJECT_TEACHER_WORK", "planned_test", testId);
    }
    policy.requireSubjectTeacher(test.getGroup().getId(), test.getSubject().getId());
    if (!test.getTestDate().isAfter(clock.today())) {
      throw new BusinessException("plannedTest.past");
    }
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("group", test.getGroup().getId());
    before.put("subject", test.getSubject().getId());
    before.put("date", test.getTestDate());
    before.put("description", test.getDescription());
    history.record(Change.deleted("planned_test", testId, before));
    em.remove(test);
  }

  /** The days ahead a test must be announced (school setting, 7 by default). */
  @PermitAll
  public int daysAhead() {
    return settings.intValue(DAYS_AHEAD, 7);
  }

  /**
   * A student's tests between two dates (the calendar of the student and their guardians).
   *
   * @throws BusinessException {@code journal.datesRequired}, {@code dateRange.order}, {@code
   *     journal.rangeTooLong}
   */
  @PermitAll
  public List<PlannedTestView> ofStudent(long studentId, LocalDate from, LocalDate to) {
    policy.requireStudentDiaryRead(studentId);
    requireBounded(from, to);
    return views(
        em.createNativeQuery(OF_STUDENT)
            .setParameter(1, studentId)
            .setParameter(2, from)
            .setParameter(3, to)
            .getResultList());
  }

  /** A student's coming tests: from today for the next few weeks. */
  @PermitAll
  public List<PlannedTestView> comingOfStudent(long studentId) {
    LocalDate today = clock.today();
    return ofStudent(studentId, today, today.plusDays(60));
  }

  /**
   * The tests of every group a class's students belong to (the deputy's and class teacher's view).
   *
   * @throws BusinessException {@code journal.datesRequired}, {@code dateRange.order}, {@code
   *     journal.rangeTooLong}
   */
  @PermitAll
  public List<PlannedTestView> ofClass(long classId, LocalDate from, LocalDate to) {
    policy.requireClassRead(classId);
    requireBounded(from, to);
    return views(
        em.createNativeQuery(OF_CLASS)
            .setParameter(1, classId)
            .setParameter(2, from)
            .setParameter(3, to)
            .getResultList());
  }

  /** The calling teacher's tests whose marks are not in a week after the test. */
  @RolesAllowed({Role.Names.TEACHER, Role.Names.NON_FORMAL_TEACHER, Role.Names.PRESCHOOL_TEACHER})
  public List<PlannedTestView> marksLateOfMine() {
    Actor actor = policy.requireTeacherWork("PLANNED_TESTS_LATE");
    return views(
        em.createNativeQuery(MARKS_LATE + " AND t.announced_by = ?2 ORDER BY t.test_date")
            .setParameter(1, clock.today().minusDays(MARKS_WITHIN_DAYS))
            .setParameter(2, actor.personId())
            .getResultList());
  }

  /** Every test of the school whose marks are not in a week after the test (the deputy's list). */
  @RolesAllowed({Role.Names.DIRECTOR, Role.Names.DEPUTY, Role.Names.DB_ADMIN})
  public List<PlannedTestView> marksLate() {
    policy.requireSchoolWideRead("PLANNED_TESTS_LATE");
    return views(
        em.createNativeQuery(MARKS_LATE + " ORDER BY t.test_date")
            .setParameter(1, clock.today().minusDays(MARKS_WITHIN_DAYS))
            .getResultList());
  }

  private Set<Long> studentsAndGuardians(long groupId, LocalDate date) {
    Set<Long> people = new LinkedHashSet<>();
    for (Object id :
        em.createNativeQuery(
                "SELECT m.student_id FROM group_member m WHERE m.group_id = ?1 AND m.valid_from"
                    + " <= ?2 AND (m.valid_to IS NULL OR m.valid_to >= ?2) UNION SELECT"
                    + " gs.guardian_id FROM guardianship gs JOIN group_member m ON m.student_id ="
                    + " gs.student_id WHERE m.group_id = ?1 AND m.valid_from <= ?2 AND"
                    + " (m.valid_to IS NULL OR m.valid_to >= ?2)")
            .setParameter(1, groupId)
            .setParameter(2, date)
            .getResultList()) {
      people.add(((Number) id).longValue());
    }
    return people;
  }

  private static void requireBounded(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new BusinessException("journal.datesRequired");
    }
    if (to.isBefore(from)) {
      throw new BusinessException("dateRange.order", from, to);
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new BusinessException("journal.rangeTooLong", MAX_DAYS);
    }
  }

  private static List<PlannedTestView> views(List<?> rows) {
    List<PlannedTestView> views = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      views.add(
          new PlannedTestView(
              ((Number) r[0]).longValue(),
              toDate(r[1]),
              ((Number) r[2]).longValue(),
              (String) r[3],
              ((Number) r[4]).longValue(),
              (String) r[5],
              (String) r[6],
              (String) r[7]));
    }
    return views;
  }

  static LocalDate toDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }
}
