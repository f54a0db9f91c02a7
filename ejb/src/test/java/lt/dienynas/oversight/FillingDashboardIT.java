package lt.dienynas.oversight;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessAssertions;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.StatementCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deputy's filling dashboard (§19.1, §19.5, §19.13) and the non-formal organiser's (§20): a
 * school whose autumn has known gaps of every kind — lessons without a topic (one of them given by
 * a substitute, one not held), an October not completed by the lock day, test marks not entered
 * within a week (none, and late), a test announced three days ahead, two tests on one day for a
 * class, first-semester grades missing, a guardian's note waiting past its 2 working days — and
 * each figure, each row and the lists behind them asserted exactly; the teacher's own list; the
 * organiser's view of the non-formal group only; every role without the relationship refused; and
 * the dashboard runs as many statements for eight teachers as for one.
 */
@ExtendWith(ArquillianExtension.class)
class FillingDashboardIT {

  /** "Today" of the tests: Wednesday 20 November 2030, October's lock day (the 6th) past. */
  private static final LocalDate TODAY = LocalDate.of(2030, 11, 20);

  private static final LocalDate FROM = LocalDate.of(2030, 9, 1);
  private static final LocalDate TO = LocalDate.of(2030, 11, 30);

  /** Enough for the fixed reads; far below one statement per teacher or class. */
  private static final int BOUND = 20;

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("filling-dashboard-it")
        .addClass(BusinessAssertions.class)
        .addClass(OversightSchool.class);
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @PersistenceUnit(unitName = "dienynas")
  EntityManagerFactory emf;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @EJB FillingDashboardService dashboards;

  @EJB MonthlyCheckService checks;

  @EJB MarkingPracticeService practices;

  @EJB HistoryLog history;

  @EJB lt.dienynas.journal.JournalService journal;

  @AfterEach
  void realClock() {
    clock.reset();
  }

  private static <T> T as(Fixtures.Account who, Callable<T> action) throws Exception {
    return AsPerson.call(who.login(), who.password(), action);
  }

  /** The school with its known gaps, and who looks at it. */
  private record World(
      OversightSchool school,
      StaffMember maths,
      StaffMember english,
      StaffMember nonFormal,
      long classA,
      long classB,
      StudyGroup robotics,
      StudyGroup classGroupA,
      Fixtures.Account deputy,
      Fixtures.Account organiser,
      Fixtures.Account mathsTeacher,
      Fixtures.Account englishTeacher,
      Fixtures.Account guardian,
      Fixtures.Account student) {}

  private World world() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    OversightSchool school = new OversightSchool(fx, em);
    StaffMember maths = fx.staff("Antanas", "Matematikas", Role.TEACHER);
    StaffMember english = fx.staff("Birutė", "Anglistė", Role.TEACHER, Role.CLASS_TEACHER);
    StaffMember nonFormal = fx.staff("Šarūnas", "Būrelis", Role.NON_FORMAL_TEACHER);
    StudyGroup fifthA = fx.gradeClass(school.year, 5, "a", english);
    StudyGroup fifthB = fx.gradeClass(school.year, 5, "b", null);
    Subject mathematics = fx.subject("Matematika");
    Subject englishLanguage = fx.subject("Anglų kalba");
    Subject roboticsSubject = fx.subject("Robotika");
    StudyGroup english5a =
        fx.group(school.year, GroupKind.SUBJECT, "5a anglų", fifthA, englishLanguage);
    StudyGroup robotics = fx.group(school.year, GroupKind.NON_FORMAL, "Robotika", null, null);
    Student jonas = fx.student("Jonas", "Pirmas", 2019);
    Student ona = fx.student("Ona", "Antra", 2019);
    Student petras = fx.student("Petras", "Trečias", 2019);
    fx.member(fifthA, jonas, FROM);
    fx.member(fifthA, ona, FROM);
    fx.member(fifthB, petras, FROM);
    fx.member(english5a, jonas, FROM);
    fx.member(robotics, jonas, FROM);
    fx.teach(maths, mathematics, fifthA, FROM);
    fx.teach(maths, mathematics, fifthB, FROM);
    fx.teach(english, englishLanguage, english5a, FROM);
    fx.teach(nonFormal, roboticsSubject, robotics, FROM);

    // lessons: without a topic (5), with one, not held, in the future
    long october7 = school.lesson(fifthA, mathematics, maths, LocalDate.of(2030, 10, 7), 1, null);
    long october8 =
        school.lesson(fifthA, mathematics, maths, LocalDate.of(2030, 10, 8), 2, "Trupmenos");
    long november12 =
        school.lesson(fifthB, mathematics, maths, LocalDate.of(2030, 11, 12), 1, null);
    school.notHeld(school.lesson(fifthB, mathematics, maths, LocalDate.of(2030, 11, 13), 1, null));
    long october9 =
        school.lesson(english5a, englishLanguage, english, LocalDate.of(2030, 10, 9), 3, "   ");
    school.lesson(english5a, englishLanguage, english, LocalDate.of(2030, 11, 25), 3, null);
    long november14 =
        school.lesson(fifthA, mathematics, maths, LocalDate.of(2030, 11, 14), 4, null);
    school.substitute(november14, english);
    long october10 =
        school.lesson(robotics, roboticsSubject, nonFormal, LocalDate.of(2030, 10, 10), 7, null);
    // attendance taken in every held lesson but two of mathematics: 5a on 7 October (no topic
    // either) and 5b's test day, 16 October (with its topic)
    school.attendanceTaken(october8, maths);
    school.attendanceTaken(november12, maths);
    school.attendanceTaken(october9, english);
    school.attendanceTaken(november14, english);
    school.attendanceTaken(october10, nonFormal);

    // tests: no marks; announced 3 days ahead (marks in time); the same day as the first for 5a
    // (marks two weeks late); not due yet
    school.test(
        fifthA,
        mathematics,
        maths,
        LocalDate.of(2030, 10, 15),
        "Trupmenų kontrolinis",
        LocalDate.of(2030, 10, 1));
    school.test(
        fifthB,
        mathematics,
        maths,
        LocalDate.of(2030, 10, 16),
        "Lygčių kontrolinis",
        LocalDate.of(2030, 10, 13));
    long onTestDay =
        school.lesson(fifthB, mathematics, maths, LocalDate.of(2030, 10, 16), 2, "Kontrolinis");
    school.mark(onTestDay, petras, maths, LocalDateTime.of(2030, 10, 18, 15, 0));
    school.test(
        english5a,
        englishLanguage,
        english,
        LocalDate.of(2030, 10, 15),
        "Žodžių testas",
        LocalDate.of(2030, 10, 1));
    long englishTestDay =
        school.lesson(english5a, englishLanguage, english, LocalDate.of(2030, 10, 15), 3, "Testas");
    school.mark(englishTestDay, jonas, english, LocalDateTime.of(2030, 10, 30, 15, 0));
    school.attendanceTaken(englishTestDay, english);
    school.test(
        fifthA,
        mathematics,
        maths,
        LocalDate.of(2030, 11, 18),
        "Procentų kontrolinis",
        LocalDate.of(2030, 11, 1));

    // marking practice: mathematics in 5th grade on the ten-point scale only (the default), so a
    // pass / fail mark is outside the rules; English agreed to take pass / fail too
    LocalDateTime atTheLesson = LocalDateTime.of(2030, 10, 9, 12, 0);
    school.mark(october8, jonas, maths, "TEN_POINT", "9", "CLASSWORK", atTheLesson);
    school.mark(october8, ona, maths, "TEN_POINT", "4", "HOMEWORK", atTheLesson);
    school.mark(october7, jonas, maths, "PASS_FAIL", "PASSED", "CLASSWORK", atTheLesson);
    school.tenPointOrPassFail(5, englishLanguage);
    school.mark(october9, jonas, english, "PASS_FAIL", "FAILED", "PROJECT", atTheLesson);

    // first semester (ended 31 October): only Jonas has his mathematics grade
    school.periodGrade(jonas, mathematics, fifthA, maths, PeriodKind.FIRST_SEMESTER);

    Guardian mother = fx.guardian("Rasa", "Pirmienė", jonas);
    // Thursday 14th: due Monday 18th, overdue on the 20th; Tuesday 19th: due on the 21st
    school.note(jonas, mother.getId(), LocalDate.of(2030, 11, 14), "SUBMITTED");
    school.note(jonas, mother.getId(), LocalDate.of(2030, 11, 19), "SUBMITTED");
    school.note(jonas, mother.getId(), LocalDate.of(2030, 11, 11), "ACCEPTED");

    return new World(
        school,
        maths,
        english,
        nonFormal,
        fx.classOf(fifthA),
        fx.classOf(fifthB),
        robotics,
        fifthA,
        fx.account(fx.staff("Rimantas", "Pavaduotojas", Role.DEPUTY)),
        fx.account(fx.staff("Renata", "Organizatorė", Role.NON_FORMAL_ORGANISER)),
        fx.account(maths),
        fx.account(english),
        fx.account(mother),
        fx.account(jonas));
  }

  private static List<Integer> counts(Integer... counts) {
    return List.of(counts);
  }

  private static FillingCounts row(List<FillingCounts> rows, long id) {
    return rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  /** A gap as the test writes it: day, teacher, class, group, subject, detail, period. */
  private static String gap(FillingGap g) {
    return g.day()
        + " "
        + g.teacherName()
        + " | "
        + g.className()
        + " | "
        + g.subjectName()
        + " | "
        + g.detail()
        + (g.period() == null ? "" : " | " + g.period());
  }

  private static List<String> gaps(List<FillingGap> gaps) {
    return gaps.stream().map(FillingDashboardIT::gap).toList();
  }

  @Test
  void theDeputySeesEveryFigurePerTeacherAndClassAndTheListsBehindThem() throws Exception {
    World w = world();
    clock.set(TODAY);
    long year = w.school().year.getId();

    FillingDashboard d =
        as(w.deputy(), () -> dashboards.dashboard(year, FROM, TO, FillingScope.SCHOOL));

    // NO_TOPIC, MONTH_NOT_COMPLETED, TEST_MARKS_LATE, TEST_ANNOUNCED_LATE, TESTS_SAME_DAY,
    // PERIOD_GRADES_MISSING, JUSTIFICATION_OVERDUE, ATTENDANCE_NOT_TAKEN
    assertEquals(counts(5, 3, 2, 1, 2, 3, 1, 2), d.totals().counts());
    assertEquals(
        List.of("Antanas Matematikas", "Birutė Anglistė", "Šarūnas Būrelis"),
        d.byTeacher().stream().map(FillingCounts::name).toList());
    assertEquals(counts(2, 1, 1, 1, 1, 2, 0, 2), row(d.byTeacher(), w.maths().getId()).counts());
    assertEquals(counts(2, 1, 1, 0, 1, 1, 1, 0), row(d.byTeacher(), w.english().getId()).counts());
    assertEquals(
        counts(1, 1, 0, 0, 0, 0, 0, 0), row(d.byTeacher(), w.nonFormal().getId()).counts());
    assertEquals(List.of("5a", "5b"), d.byUnit().stream().map(FillingCounts::name).toList());
    assertEquals(counts(3, 2, 2, 0, 2, 2, 1, 1), row(d.byUnit(), w.classA()).counts());
    assertEquals(counts(1, 0, 0, 1, 0, 1, 0, 1), row(d.byUnit(), w.classB()).counts());

    assertEquals(
        List.of(
            "2030-10-07 Antanas Matematikas | 5a | Matematika | 1",
            "2030-11-12 Antanas Matematikas | 5b | Matematika | 1"),
        gaps(
            as(
                w.deputy(),
                () ->
                    dashboards.ofTeacher(
                        year,
                        FROM,
                        TO,
                        FillingScope.SCHOOL,
                        FillingFigure.NO_TOPIC,
                        w.maths().getId()))));
    assertEquals(
        List.of(
            "2030-10-07 Antanas Matematikas | 5a | Matematika | 1",
            "2030-10-09 Birutė Anglistė | 5a | Anglų kalba | 3",
            "2030-11-14 Birutė Anglistė | 5a | Matematika | 4"),
        gaps(
            as(
                w.deputy(),
                () -> dashboards.ofClass(year, FROM, TO, FillingFigure.NO_TOPIC, w.classA()))));
    assertEquals(
        List.of(
            "2030-10-01 Antanas Matematikas | 5a | Matematika | 1",
            "2030-10-01 Birutė Anglistė | 5a | Anglų kalba | 1"),
        gaps(
            as(
                w.deputy(),
                () ->
                    dashboards.ofClass(
                        year, FROM, TO, FillingFigure.MONTH_NOT_COMPLETED, w.classA()))));
    assertEquals(
        List.of(
            "2030-10-15 Antanas Matematikas | 5a | Matematika | Trupmenų kontrolinis",
            "2030-10-15 Birutė Anglistė | 5a | Anglų kalba | Žodžių testas"),
        gaps(
            as(
                w.deputy(),
                () ->
                    dashboards.ofClass(
                        year, FROM, TO, FillingFigure.TEST_MARKS_LATE, w.classA()))));
    assertEquals(
        List.of("2030-10-16 Antanas Matematikas | 5b | Matematika | 2030-10-13"),
        gaps(
            as(
                w.deputy(),
                () ->
                    dashboards.ofClass(
                        year, FROM, TO, FillingFigure.TEST_ANNOUNCED_LATE, w.classB()))));
    assertEquals(
        List.of(
            "2030-10-15 Antanas Matematikas | 5a | Matematika | Trupmenų kontrolinis",
            "2030-10-15 Birutė Anglistė | 5a | Anglų kalba | Žodžių testas"),
        gaps(
            as(
                w.deputy(),
                () ->
                    dashboards.ofClass(year, FROM, TO, FillingFigure.TESTS_SAME_DAY, w.classA()))));
    assertEquals(
        List.of(
            "2030-10-31 Antanas Matematikas | 5a | Matematika | Ona Antra | FIRST_SEMESTER",
            "2030-10-31 Antanas Matematikas | 5b | Matematika | Petras Trečias | FIRST_SEMESTER"),
        gaps(
            as(
                w.deputy(),
                () ->
                    dashboards.ofTeacher(
                        year,
                        FROM,
                        TO,
                        FillingScope.SCHOOL,
                        FillingFigure.PERIOD_GRADES_MISSING,
                        w.maths().getId()))));
    assertEquals(
        List.of("2030-11-14 Birutė Anglistė | 5a | null | Jonas Pirmas"),
        gaps(
            as(
                w.deputy(),
                () ->
                    dashboards.ofClass(
                        year, FROM, TO, FillingFigure.JUSTIFICATION_OVERDUE, w.classA()))));

    assertEquals(
        List.of(
            "2030-10-07 Antanas Matematikas | 5a | Matematika | 1",
            "2030-10-16 Antanas Matematikas | 5b | Matematika | 2"),
        gaps(
            as(
                w.deputy(),
                () ->
                    dashboards.ofTeacher(
                        year,
                        FROM,
                        TO,
                        FillingScope.SCHOOL,
                        FillingFigure.ATTENDANCE_NOT_TAKEN,
                        w.maths().getId()))));

    // a period before the tests and the notes: only September, which has no gaps
    FillingDashboard september =
        as(
            w.deputy(),
            () -> dashboards.dashboard(year, FROM, LocalDate.of(2030, 9, 30), FillingScope.SCHOOL));
    assertEquals(counts(0, 0, 0, 0, 0, 0, 0, 0), september.totals().counts());
    assertTrue(september.byTeacher().isEmpty());
  }

  @Test
  void savingALessonWithItsCellsTakesItsAttendance() throws Exception {
    World w = world();
    clock.set(TODAY);
    long year = w.school().year.getId();
    long october7 =
        Long.parseLong(
            new Fixtures(em, tx)
                .inTx(
                    () ->
                        em.createNativeQuery(
                                "SELECT id FROM lesson WHERE group_id = ?1 AND lesson_date = ?2")
                            .setParameter(1, w.classGroupA().getId())
                            .setParameter(2, LocalDate.of(2030, 10, 7))
                            .getSingleResult())
                .toString());

    // the grid's save (nobody marked absent): the attendance is taken, and the topic is there now
    as(
        w.mathsTeacher(),
        () -> {
          journal.saveLesson(
              october7,
              lt.dienynas.journal.LessonRecord.topic("Skaičių eilė"),
              null,
              null,
              java.util.Map.of());
          return null;
        });

    assertEquals(
        List.of("2030-10-16 Antanas Matematikas | 5b | Matematika | 2"),
        gaps(
            as(
                w.deputy(),
                () ->
                    dashboards.ofTeacher(
                        year,
                        FROM,
                        TO,
                        FillingScope.SCHOOL,
                        FillingFigure.ATTENDANCE_NOT_TAKEN,
                        w.maths().getId()))));
    assertEquals(
        String.valueOf(w.maths().getId()),
        new Fixtures(em, tx)
            .inTx(
                () ->
                    em.createNativeQuery(
                            "SELECT taken_by FROM lesson_attendance_taken WHERE lesson_id = ?1")
                        .setParameter(1, october7)
                        .getSingleResult())
            .toString());
  }

  @Test
  void aTeacherSeesTheirOwnListOnlyAndTheOrganiserTheNonFormalGroupsOnly() throws Exception {
    World w = world();
    clock.set(TODAY);
    long year = w.school().year.getId();

    assertEquals(
        List.of(
            "2030-10-09 Birutė Anglistė | 5a | Anglų kalba | 3",
            "2030-11-14 Birutė Anglistė | 5a | Matematika | 4"),
        gaps(
            as(w.englishTeacher(), () -> dashboards.mine(year, FROM, TO, FillingFigure.NO_TOPIC))));
    assertEquals(
        List.of("2030-11-14 Birutė Anglistė | 5a | null | Jonas Pirmas"),
        gaps(
            as(
                w.englishTeacher(),
                () -> dashboards.mine(year, FROM, TO, FillingFigure.JUSTIFICATION_OVERDUE))));

    FillingDashboard nonFormal =
        as(w.organiser(), () -> dashboards.dashboard(year, FROM, TO, FillingScope.NON_FORMAL));
    assertEquals(counts(1, 1, 0, 0, 0, 0, 0, 0), nonFormal.totals().counts());
    assertEquals(
        List.of("Šarūnas Būrelis"),
        nonFormal.byTeacher().stream().map(FillingCounts::name).toList());
    assertEquals(1, nonFormal.byUnit().size());
    assertEquals(w.robotics().getId(), nonFormal.byUnit().get(0).id());
    assertEquals(counts(1, 1, 0, 0, 0, 0, 0, 0), nonFormal.byUnit().get(0).counts());
    List<FillingGap> roboticsGaps =
        as(
            w.organiser(),
            () ->
                dashboards.ofNonFormalGroup(
                    year, FROM, TO, FillingFigure.NO_TOPIC, w.robotics().getId()));
    assertEquals(List.of("2030-10-10 Šarūnas Būrelis | null | Robotika | 7"), gaps(roboticsGaps));
    // the organiser's view of a teacher of both: the non-formal groups only
    assertEquals(
        List.of(),
        as(
            w.organiser(),
            () ->
                dashboards.ofTeacher(
                    year,
                    FROM,
                    TO,
                    FillingScope.NON_FORMAL,
                    FillingFigure.NO_TOPIC,
                    w.maths().getId())));
  }

  @Test
  void everyoneWithoutTheRelationshipIsRefused() throws Exception {
    World w = world();
    clock.set(TODAY);
    long year = w.school().year.getId();
    long english = w.english().getId();

    // a teacher asking for another teacher's list, or the school's dashboard
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                w.mathsTeacher(),
                () ->
                    dashboards.ofTeacher(
                        year, FROM, TO, FillingScope.SCHOOL, FillingFigure.NO_TOPIC, english)));
    assertThrows(
        EJBAccessException.class,
        () ->
            as(w.mathsTeacher(), () -> dashboards.dashboard(year, FROM, TO, FillingScope.SCHOOL)));
    // a guardian and a student: nothing of it, not even "their own" list
    for (Fixtures.Account family : List.of(w.guardian(), w.student())) {
      assertThrows(
          EJBAccessException.class,
          () -> as(family, () -> dashboards.dashboard(year, FROM, TO, FillingScope.SCHOOL)));
      assertThrows(
          EJBAccessException.class,
          () ->
              as(
                  family,
                  () ->
                      dashboards.ofTeacher(
                          year,
                          FROM,
                          TO,
                          FillingScope.SCHOOL,
                          FillingFigure.NO_TOPIC,
                          family.personId())));
      assertThrows(
          EJBAccessException.class,
          () -> as(family, () -> dashboards.mine(year, FROM, TO, FillingFigure.NO_TOPIC)));
    }
    // the organiser: no class, no class group as a "non-formal group", not the school's view
    assertThrows(
        EJBAccessException.class,
        () ->
            as(
                w.organiser(),
                () -> dashboards.ofClass(year, FROM, TO, FillingFigure.NO_TOPIC, w.classA())));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                w.organiser(),
                () ->
                    dashboards.ofNonFormalGroup(
                        year, FROM, TO, FillingFigure.NO_TOPIC, w.classGroupA().getId())));
    assertThrows(
        AccessDeniedException.class,
        () -> as(w.organiser(), () -> dashboards.dashboard(year, FROM, TO, FillingScope.SCHOOL)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                w.organiser(),
                () ->
                    dashboards.ofTeacher(
                        year, FROM, TO, FillingScope.SCHOOL, FillingFigure.NO_TOPIC, english)));

    // a period that is not one
    assertRefused(
        "oversight.periodOrder",
        () -> as(w.deputy(), () -> dashboards.dashboard(year, TO, FROM, FillingScope.SCHOOL)));
    assertRefused(
        "oversight.periodOutsideYear",
        () ->
            as(
                w.deputy(),
                () ->
                    dashboards.dashboard(year, LocalDate.of(2030, 8, 1), TO, FillingScope.SCHOOL)));
  }

  @Test
  void theDashboardRunsAsManyStatementsForEightTeachersAsForOne() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    Fixtures.Account deputy = fx.account(fx.staff("Rūta", "Pavaduotoja", Role.DEPUTY));
    long small = schoolOf(fx, 1);
    long large = schoolOf(fx, 8);
    clock.set(TODAY);
    // the years and their holidays read once, as any page read before
    as(deputy, () -> dashboards.dashboard(small, FROM, TO, FillingScope.SCHOOL));
    FillingDashboard largeDashboard =
        as(deputy, () -> dashboards.dashboard(large, FROM, TO, FillingScope.SCHOOL));
    assertEquals(8, largeDashboard.byTeacher().size());
    assertEquals(counts(16, 8, 8, 8, 0, 0, 0, 16), largeDashboard.totals().counts());

    StatementCounter.Count smallCount =
        StatementCounter.count(
            emf,
            () -> as(deputy, () -> dashboards.dashboard(small, FROM, TO, FillingScope.SCHOOL)));
    StatementCounter.Count largeCount =
        StatementCounter.count(
            emf,
            () -> as(deputy, () -> dashboards.dashboard(large, FROM, TO, FillingScope.SCHOOL)));
    assertTrue(smallCount.statements() > 0, "the counter sees the statements");
    assertEquals(
        smallCount.statements(),
        largeCount.statements(),
        () -> "statements grow with teachers: " + String.join("\n", largeCount.sql()));
    assertTrue(
        largeCount.statements() <= BOUND,
        () -> largeCount.statements() + " statements: " + String.join("\n", largeCount.sql()));
  }

  private static String practice(MarkingPractice p) {
    return p.teacherName()
        + " "
        + p.subjectName()
        + " ten-point "
        + p.tenPoint()
        + " levels "
        + p.levels()
        + " passed "
        + p.passed()
        + " failed "
        + p.failed()
        + " kinds "
        + p.kinds()
        + " total "
        + p.total()
        + " outside "
        + p.outsideRules()
        + " average "
        + p.average();
  }

  @Test
  void markingPracticePerTeacherAndSubjectAgainstTheAgreedRules() throws Exception {
    World w = world();
    clock.set(TODAY);
    long year = w.school().year.getId();

    // kinds: CLASSWORK, TEST, INDEPENDENT_WORK, HOMEWORK, PROJECT, OTHER_INSTITUTION
    String english =
        "Birutė Anglistė Anglų kalba ten-point [0, 0, 0, 0, 0, 0, 0, 1, 0, 0] levels [0, 0, 0, 0]"
            + " passed 0 failed 1 kinds [0, 1, 0, 0, 1, 0] total 2 outside 0 average 8.0";
    String maths =
        "Antanas Matematikas Matematika ten-point [0, 0, 0, 1, 0, 0, 0, 1, 1, 0] levels [0, 0, 0,"
            + " 0] passed 1 failed 0 kinds [2, 1, 0, 1, 0, 0] total 4 outside 1 average 7.0";
    assertEquals(
        List.of(english, maths),
        as(w.deputy(), () -> practices.practice(year, FROM, TO, null)).stream()
            .map(FillingDashboardIT::practice)
            .toList());
    assertEquals(
        List.of(maths),
        as(w.mathsTeacher(), () -> practices.practice(year, FROM, TO, w.maths().getId())).stream()
            .map(FillingDashboardIT::practice)
            .toList());
    // September had no marks
    assertEquals(
        List.of(),
        as(w.deputy(), () -> practices.practice(year, FROM, LocalDate.of(2030, 9, 30), null)));

    assertThrows(
        AccessDeniedException.class,
        () -> as(w.mathsTeacher(), () -> practices.practice(year, FROM, TO, w.english().getId())));
    assertThrows(
        AccessDeniedException.class,
        () -> as(w.mathsTeacher(), () -> practices.practice(year, FROM, TO, null)));
    for (Fixtures.Account other : List.of(w.guardian(), w.student(), w.organiser())) {
      assertThrows(
          EJBAccessException.class,
          () -> as(other, () -> practices.practice(year, FROM, TO, null)));
    }
  }

  /** The people a monthly check's notice went to: its outbox row, found by the findings. */
  private Set<Long> toldAbout(String findings) throws Exception {
    List<?> rows =
        new Fixtures(em, tx)
            .inTx(
                () ->
                    em.createNativeQuery(
                            "SELECT recipient_ids FROM notice_outbox"
                                + " WHERE subject_key = 'notice.monthlyCheck.subject'"
                                + " AND args LIKE ?1")
                        .setParameter(1, "%" + findings + "%")
                        .getResultList());
    assertEquals(1, rows.size(), findings);
    return Arrays.stream(rows.get(0).toString().split(","))
        .map(String::strip)
        .map(Long::valueOf)
        .collect(Collectors.toSet());
  }

  @Test
  void theDeputyRecordsTheMonthsCheckAndTheTeachersConcernedAreTold() throws Exception {
    World w = world();
    clock.set(TODAY);
    long year = w.school().year.getId();
    Fixtures fx = new Fixtures(em, tx);
    Fixtures.Account deputy = w.deputy();
    String findings = Fixtures.unique("Spalio temos neįrašytos ");

    MonthlyCheckView october =
        as(deputy, () -> checks.record(year, YearMonth.of(2030, 10), null, findings, -1));
    assertEquals("2030-10", october.month());
    assertEquals(null, october.classId());
    assertEquals(findings, october.findings());
    assertEquals("Rimantas Pavaduotojas", october.checkedByName());
    // October's gaps are the three teachers'
    assertEquals(3, october.teachersTold());
    assertEquals(
        Set.of(w.maths().getId(), w.english().getId(), w.nonFormal().getId()), toldAbout(findings));

    // checked again: the same record, the version read, the history keeps both
    String again = Fixtures.unique("Pakartotinai patikrinta ");
    assertThrows(
        StaleWriteException.class,
        () -> as(deputy, () -> checks.record(year, YearMonth.of(2030, 10), null, again, -1)));
    MonthlyCheckView edited =
        as(
            deputy,
            () -> checks.record(year, YearMonth.of(2030, 10), null, again, october.version()));
    assertEquals(october.id(), edited.id());
    assertEquals(october.version() + 1, edited.version());
    assertEquals(again, edited.findings());
    assertEquals(2, fx.inTx(() -> history.of("monthly_check", october.id()).size()));

    // a class's November: only the teacher with gaps in 5b then
    String fifthB = Fixtures.unique("5b lapkritis ");
    MonthlyCheckView november =
        as(deputy, () -> checks.record(year, YearMonth.of(2030, 11), w.classB(), fifthB, -1));
    assertEquals("5b", november.className());
    assertEquals(1, november.teachersTold());
    assertEquals(Set.of(w.maths().getId()), toldAbout(fifthB));
    assertEquals(
        List.of("2030-11 5b", "2030-10 null"),
        as(deputy, () -> checks.ofYear(year)).stream()
            .map(c -> c.month() + " " + c.className())
            .toList());

    // what is not a check changes nothing
    assertRefused(
        "monthlyCheck.findingsRequired",
        () -> as(deputy, () -> checks.record(year, YearMonth.of(2030, 9), null, "  ", -1)));
    assertRefused(
        "monthlyCheck.monthNotBegun",
        () -> as(deputy, () -> checks.record(year, YearMonth.of(2030, 12), null, "Gerai", -1)));
    assertRefused(
        "plainText.invalid",
        () ->
            as(deputy, () -> checks.record(year, YearMonth.of(2030, 9), null, "Gerai\u0007", -1)));
    long otherYearClass = fx.classOf(fx.gradeClass(fx.year(), 5, "a", null));
    assertRefused(
        "monthlyCheck.classUnknown",
        () ->
            as(
                deputy,
                () -> checks.record(year, YearMonth.of(2030, 9), otherYearClass, "Gerai", -1)));
    // nobody but a deputy records one
    for (Fixtures.Account other :
        List.of(
            w.mathsTeacher(),
            w.englishTeacher(),
            w.organiser(),
            w.guardian(),
            w.student(),
            fx.account(fx.staff("Dalia", "Direktorė", Role.DIRECTOR)))) {
      assertThrows(
          EJBAccessException.class,
          () -> as(other, () -> checks.record(year, YearMonth.of(2030, 9), null, "Gerai", -1)));
    }
    assertEquals(2, as(deputy, () -> checks.ofYear(year)).size());
  }

  /**
   * A school year whose every teacher has a class with two October lessons without a topic and a
   * test announced a day ahead whose marks never came.
   */
  private long schoolOf(Fixtures fx, int teachers) throws Exception {
    OversightSchool school = new OversightSchool(fx, em);
    Subject subject = fx.subject("Matematika");
    for (int i = 0; i < teachers; i++) {
      StaffMember teacher = fx.staff("Mokytojas", "Nr" + (char) ('A' + i), Role.TEACHER);
      StudyGroup group = fx.gradeClass(school.year, 6, String.valueOf((char) ('a' + i)), null);
      fx.teach(teacher, subject, group, FROM);
      school.lesson(group, subject, teacher, LocalDate.of(2030, 10, 7), 1, null);
      school.lesson(group, subject, teacher, LocalDate.of(2030, 10, 8), 1, null);
      school.test(
          group,
          subject,
          teacher,
          LocalDate.of(2030, 10, 21),
          "Kontrolinis",
          LocalDate.of(2030, 10, 20));
    }
    return school.year.getId();
  }
}
