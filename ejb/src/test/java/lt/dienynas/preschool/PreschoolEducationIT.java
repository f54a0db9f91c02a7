package lt.dienynas.preschool;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.ClassLevel;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessAssertions;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pre-school journal's education side (§22.1, §22.5, §22.10, §22.15–22.16): the day rhythm, the
 * weekly plan and Friday reflection with their windows and the deputy's exact list of missing ones,
 * the October and May achievement steps with the child's progress over time and the group
 * distribution, the printed reports, the guardian's view, the month lock, stale writes, history,
 * and every role without the relationship refused with nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
class PreschoolEducationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("preschool-education-it").addClass(BusinessAssertions.class);
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @EJB DayRhythmService rhythms;

  @EJB WeekPlanService plans;

  @EJB AchievementStepService steps;

  @EJB PreschoolDiaryService diary;

  @EJB MonthLockService locks;

  @EJB HistoryLog history;

  @AfterEach
  void realClock() {
    clock.reset();
  }

  private static final LocalDate START = LocalDate.of(2030, 9, 1);
  private static final LocalDate WEEK1 = LocalDate.of(2030, 9, 2);
  private static final LocalDate WEEK2 = LocalDate.of(2030, 9, 9);
  private static final LocalDate WEEK3 = LocalDate.of(2030, 9, 16);
  private static final LocalDate WEEK4 = LocalDate.of(2030, 9, 23);

  /** Two pre-school groups of a year of the test's own, their people, and the outsiders. */
  private record School(
      SchoolYear year,
      long groupA,
      String groupAName,
      long classA,
      long groupB,
      String groupBName,
      Student child1,
      Student child2,
      Student childB,
      Fixtures.Account teacher,
      Fixtures.Account otherGroupTeacher,
      Fixtures.Account subjectTeacher,
      Fixtures.Account guardian,
      Fixtures.Account otherGuardian,
      Fixtures.Account student,
      Fixtures.Account deputy,
      Fixtures.Account admin) {}

  private School school() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    SchoolYear year = fx.year();
    String nameA = Fixtures.unique("Boružėlės ");
    String nameB = Fixtures.unique("Drugeliai ");
    long[] a = preschoolGroup(fx, year, ClassLevel.PRESCHOOL, nameA);
    long[] b = preschoolGroup(fx, year, ClassLevel.PREPRIMARY, nameB);
    StudyGroup groupA = em.find(StudyGroup.class, a[0]);
    StudyGroup groupB = em.find(StudyGroup.class, b[0]);
    Student child1 = fx.student("Ugnė", "Ąžuolaitė", 2026);
    Student child2 = fx.student("Jonas", "Beržas", 2026);
    Student childB = fx.student("Kajus", "Klevas", 2025);
    fx.member(groupA, child1, START);
    fx.member(groupA, child2, START);
    fx.member(groupB, childB, START);
    StaffMember teacher = fx.staff("Liepa", "Darželio", Role.PRESCHOOL_TEACHER);
    StaffMember other = fx.staff("Rūta", "Kitagrupė", Role.PRESCHOOL_TEACHER);
    fx.teach(teacher, fx.subject("Ikimokyklinis ugdymas"), groupA, START);
    fx.teach(other, fx.subject("Priešmokyklinis ugdymas"), groupB, START);
    StaffMember maths = fx.staff("Kęstutis", "Dalykininkas", Role.TEACHER);
    StudyGroup grade = fx.gradeClass(year, 1, "a", null);
    Student pupil = fx.student("Mokinys", "Pirmokas", 2023);
    fx.member(grade, pupil, START);
    fx.teach(maths, fx.subject("Matematika"), grade, START);
    Guardian parent = fx.guardian("Rasa", "Ąžuolienė", child1);
    Guardian otherParent = fx.guardian("Daiva", "Klevienė", childB);
    return new School(
        year,
        a[0],
        nameA,
        a[1],
        b[0],
        nameB,
        child1,
        child2,
        childB,
        fx.account(teacher, Role.PRESCHOOL_TEACHER),
        fx.account(other, Role.PRESCHOOL_TEACHER),
        fx.account(maths, Role.TEACHER),
        fx.account(parent, Role.GUARDIAN),
        fx.account(otherParent, Role.GUARDIAN),
        fx.account(pupil, Role.STUDENT),
        fx.account(fx.staff("Rimantas", "Pavaduotojas", Role.DEPUTY), Role.DEPUTY),
        fx.account(fx.staff("Giedrius", "Užraktas", Role.DB_ADMIN), Role.DB_ADMIN));
  }

  /** A pre-school class and its group: {group id, class id}. */
  private long[] preschoolGroup(Fixtures fx, SchoolYear year, ClassLevel level, String name)
      throws Exception {
    return fx.inTx(
        () -> {
          SchoolYear managed = em.find(SchoolYear.class, year.getId());
          SchoolClass k = new SchoolClass(managed, level, "", name);
          em.persist(k);
          StudyGroup g = new StudyGroup(managed, GroupKind.PRESCHOOL, name, k, null);
          em.persist(g);
          em.flush();
          return new long[] {g.getId(), k.getId()};
        });
  }

  private static <T> T as(Fixtures.Account who, Callable<T> action) throws Exception {
    return AsPerson.call(who.login(), who.password(), action);
  }

  private static WeekText text(String value) {
    return new WeekText(value);
  }

  private long planRows(long groupId) throws Exception {
    return new Fixtures(em, tx)
        .inTx(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT COUNT(*) FROM preschool_week_plan WHERE group_id = ?1")
                            .setParameter(1, groupId)
                            .getSingleResult())
                    .longValue());
  }

  @Test
  void weeklyPlansReflectionsAndTheDeputysMissingList() throws Exception {
    School s = school();
    long a = s.groupA();

    // Wednesday before the first week: next week's plan is prepared; the week after is too early
    clock.set(LocalDate.of(2030, 8, 28));
    WeekPlanView first =
        as(s.teacher(), () -> plans.savePlan(a, WEEK1, text("Rugsėjo 1-oji: pažintis"), -1));
    assertEquals("Rugsėjo 1-oji: pažintis", first.plan());
    assertEquals("Liepa Darželio", first.plannedBy());
    assertEquals(WEEK1.plusDays(6), first.weekEnd());
    assertTrue(first.planOpen());
    assertRefused(
        "preschool.plan.notYet",
        () -> as(s.teacher(), () -> plans.savePlan(a, WEEK2, text("Per anksti"), -1)));
    assertRefused(
        "preschool.reflection.notYet",
        () ->
            as(
                s.teacher(),
                () -> plans.saveReflection(a, WEEK1, text("Dar neprasidėjo"), first.version())));
    assertRefused(
        "preschool.week.notMonday",
        () -> as(s.teacher(), () -> plans.savePlan(a, WEEK1.plusDays(1), text("Antradienis"), -1)));

    // Wednesday of week 1: the plan is improved through its week
    clock.set(WEEK1.plusDays(2));
    WeekPlanView improved =
        as(
            s.teacher(),
            () ->
                plans.savePlan(
                    a, WEEK1, text("Rugsėjo 1-oji: pažintis, rudens gėrybės"), first.version()));
    assertEquals(first.version() + 1, improved.version());
    StaleWriteException stale =
        assertThrows(
            StaleWriteException.class,
            () ->
                as(s.teacher(), () -> plans.savePlan(a, WEEK1, text("Pasenęs"), first.version())));
    assertEquals("preschool.week.stale", stale.getKey());
    assertEquals(improved.version(), stale.getCurrentVersion());
    assertRefused(
        "plainText.invalid",
        () ->
            as(
                s.teacher(),
                () -> plans.savePlan(a, WEEK1, text("Valdymo\u0000ženklas"), improved.version())));
    assertRefused(
        "preschool.week.textRequired",
        () -> as(s.teacher(), () -> plans.savePlan(a, WEEK1, text("  "), improved.version())));

    // Friday of week 1: its reflection, and next week's plan
    clock.set(WEEK1.plusDays(4));
    WeekPlanView reflected =
        as(
            s.teacher(),
            () ->
                plans.saveReflection(
                    a, WEEK1, text("Vaikai greitai susipažino."), improved.version()));
    assertEquals("Vaikai greitai susipažino.", reflected.reflection());
    assertEquals("Liepa Darželio", reflected.reflectedBy());
    as(s.teacher(), () -> plans.savePlan(a, WEEK2, text("Mano šeima"), -1));

    // every role without the relationship is refused, and nothing changes
    long before = planRows(a);
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.otherGroupTeacher(), () -> plans.savePlan(a, WEEK2, text("Svetima"), null)));
    assertThrows(
        AccessDeniedException.class, () -> as(s.otherGroupTeacher(), () -> plans.week(a, WEEK1)));
    for (Fixtures.Account outsider :
        List.of(s.subjectTeacher(), s.guardian(), s.student(), s.deputy())) {
      assertThrows(
          EJBAccessException.class,
          () -> as(outsider, () -> plans.savePlan(a, WEEK2, text("Svetima"), null)),
          outsider.login());
      assertThrows(
          EJBAccessException.class,
          () -> as(outsider, () -> plans.saveReflection(a, WEEK1, text("Svetima"), null)),
          outsider.login());
    }
    for (Fixtures.Account outsider : List.of(s.subjectTeacher(), s.guardian(), s.student())) {
      assertThrows(EJBAccessException.class, () -> as(outsider, () -> plans.week(a, WEEK1)));
    }
    assertThrows(
        EJBAccessException.class, () -> as(s.teacher(), () -> plans.missing(s.year().getId())));
    assertEquals(before, planRows(a));
    assertEquals("Mano šeima", as(s.teacher(), () -> plans.week(a, WEEK2.plusDays(3))).plan());
    assertEquals(
        "Vaikai greitai susipažino.", as(s.deputy(), () -> plans.week(a, WEEK1)).reflection());

    // Monday of week 4: week 2 has no reflection, week 3 nothing, week 4 no plan; group B nothing
    clock.set(WEEK4);
    assertRefused(
        "preschool.plan.closed",
        () -> as(s.teacher(), () -> plans.savePlan(a, WEEK2, text("Vėlu"), null)));
    assertRefused(
        "preschool.reflection.closed",
        () -> as(s.teacher(), () -> plans.saveReflection(a, WEEK2, text("Vėlu"), null)));
    assertRefused(
        "preschool.reflection.noPlan",
        () -> as(s.teacher(), () -> plans.saveReflection(a, WEEK3, text("Be plano"), null)));
    List<String> missing =
        as(s.deputy(), () -> plans.missing(s.year().getId())).stream()
            .map(
                m ->
                    (m.groupId() == a ? "A" : m.groupId() == s.groupB() ? "B" : "?")
                        + " "
                        + m.weekStart()
                        + " "
                        + m.work()
                        + " "
                        + m.due()
                        + " "
                        + m.teachers())
            .toList();
    assertEquals(
        List.of(
            "A 2030-09-09 REFLECTION 2030-09-13 Liepa Darželio",
            "A 2030-09-16 PLAN 2030-09-13 Liepa Darželio",
            "A 2030-09-16 REFLECTION 2030-09-20 Liepa Darželio",
            "A 2030-09-23 PLAN 2030-09-20 Liepa Darželio",
            "B 2030-09-02 PLAN 2030-08-30 Rūta Kitagrupė",
            "B 2030-09-02 REFLECTION 2030-09-06 Rūta Kitagrupė",
            "B 2030-09-09 PLAN 2030-09-06 Rūta Kitagrupė",
            "B 2030-09-09 REFLECTION 2030-09-13 Rūta Kitagrupė",
            "B 2030-09-16 PLAN 2030-09-13 Rūta Kitagrupė",
            "B 2030-09-16 REFLECTION 2030-09-20 Rūta Kitagrupė",
            "B 2030-09-23 PLAN 2030-09-20 Rūta Kitagrupė"),
        missing);

    // the plan written late still counts; the list shrinks by exactly that line
    as(s.teacher(), () -> plans.savePlan(a, WEEK4, text("Ruduo"), -1));
    assertEquals(
        10, as(s.deputy(), () -> plans.missing(s.year().getId())).size(), "week 4's plan is in");

    // history: inserted, then every change
    long id =
        new Fixtures(em, tx)
            .inTx(
                () ->
                    ((Number)
                            em.createNativeQuery(
                                    "SELECT id FROM preschool_week_plan WHERE group_id = ?1"
                                        + " AND week_start = ?2")
                                .setParameter(1, a)
                                .setParameter(2, java.sql.Date.valueOf(WEEK1))
                                .getSingleResult())
                        .longValue());
    List<HistoryEntry> trail = history.of("preschool_week_plan", id);
    assertEquals(
        List.of(HistoryAction.INSERT, HistoryAction.UPDATE, HistoryAction.UPDATE),
        trail.stream().map(HistoryEntry::getAction).toList());
    assertTrue(trail.get(2).getAfterValue().contains("Vaikai greitai susipažino."));
  }

  @Test
  void monthLockRefusesTheWeeksPlan() throws Exception {
    School s = school();
    clock.set(WEEK1.plusDays(2));
    as(
        s.admin(),
        () -> {
          locks.lock(YearMonth.of(2030, 9), s.classA());
          return null;
        });
    assertRefused(
        "month.locked",
        () -> as(s.teacher(), () -> plans.savePlan(s.groupA(), WEEK1, text("Užrakinta"), -1)));
    assertEquals(0, planRows(s.groupA()));
  }

  @Test
  void dayRhythmWrittenByTheTeacherAndShownToTheGuardian() throws Exception {
    School s = school();
    long a = s.groupA();
    clock.set(WEEK1);
    List<RhythmLine> day =
        List.of(
            new RhythmLine(LocalTime.of(8, 30), LocalTime.of(9, 0), "Pusryčiai"),
            new RhythmLine(LocalTime.of(7, 0), LocalTime.of(8, 30), "Vaikų sutikimas, žaidimai"),
            new RhythmLine(LocalTime.of(9, 0), LocalTime.of(10, 30), "Ugdomoji veikla"));
    DayRhythmView saved = as(s.teacher(), () -> rhythms.save(a, day, -1));
    assertEquals(
        List.of("07:00 Vaikų sutikimas, žaidimai", "08:30 Pusryčiai", "09:00 Ugdomoji veikla"),
        saved.lines().stream().map(l -> l.startsAt() + " " + l.activity()).toList());
    int version = saved.version();
    assertEquals("Liepa Darželio", saved.updatedBy());

    assertRefused(
        "preschool.rhythm.timeOrder",
        () ->
            as(
                s.teacher(),
                () ->
                    rhythms.save(
                        a,
                        List.of(new RhythmLine(LocalTime.of(9, 0), LocalTime.of(8, 0), "Atgal")),
                        version)));
    assertRefused(
        "preschool.rhythm.sameTime",
        () ->
            as(
                s.teacher(),
                () ->
                    rhythms.save(
                        a,
                        List.of(
                            new RhythmLine(LocalTime.of(9, 0), null, "Viena"),
                            new RhythmLine(LocalTime.of(9, 0), null, "Kita")),
                        version)));
    assertRefused(
        "preschool.rhythm.activity",
        () ->
            as(
                s.teacher(),
                () ->
                    rhythms.save(
                        a, List.of(new RhythmLine(LocalTime.of(9, 0), null, "")), version)));
    StaleWriteException stale =
        assertThrows(
            StaleWriteException.class, () -> as(s.teacher(), () -> rhythms.save(a, day, -1)));
    assertEquals("preschool.rhythm.stale", stale.getKey());

    assertThrows(
        AccessDeniedException.class,
        () -> as(s.otherGroupTeacher(), () -> rhythms.save(a, day, version)));
    for (Fixtures.Account outsider :
        List.of(s.subjectTeacher(), s.guardian(), s.student(), s.deputy())) {
      assertThrows(
          EJBAccessException.class, () -> as(outsider, () -> rhythms.save(a, day, version)));
    }
    assertEquals(version, as(s.deputy(), () -> rhythms.ofGroup(a)).version());

    // the guardian sees the child's group's day, this week's plan and the achievements
    as(s.teacher(), () -> plans.savePlan(a, WEEK1, text("Pažintis su grupe"), -1));
    PreschoolChildDay view = as(s.guardian(), () -> diary.child(s.child1().getId()));
    assertEquals("Ugnė Ąžuolaitė", view.child().fullName());
    assertEquals(a, view.child().groupId());
    assertEquals(s.groupAName(), view.child().groupName());
    assertEquals(3, view.rhythm().lines().size());
    assertEquals("Pusryčiai", view.rhythm().lines().get(1).activity());
    assertEquals(WEEK1, view.week().weekStart());
    assertEquals("Pažintis su grupe", view.week().plan());
    assertTrue(view.progress().assessments().isEmpty());
    assertEquals(
        List.of(s.child1().getId()),
        as(s.guardian(), () -> diary.children()).stream().map(c -> c.studentId()).toList());
    assertEquals(
        List.of(a),
        as(s.teacher(), () -> diary.groups()).stream()
            .map(PreschoolGroupInfo::groupId)
            .filter(id -> id == a || id == s.groupB())
            .toList());

    // another child's guardian, another group's teacher, a subject teacher, a student: refused
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.otherGuardian(), () -> diary.child(s.child1().getId())));
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.otherGroupTeacher(), () -> diary.child(s.child1().getId())));
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.otherGuardian(), () -> steps.progress(s.child1().getId())));
    for (Fixtures.Account outsider : List.of(s.subjectTeacher(), s.student())) {
      assertThrows(
          EJBAccessException.class, () -> as(outsider, () -> diary.child(s.child1().getId())));
      assertThrows(EJBAccessException.class, () -> as(outsider, () -> rhythms.ofGroup(a)));
    }
    assertEquals(
        "Ugnė Ąžuolaitė", as(s.deputy(), () -> diary.child(s.child1().getId())).child().fullName());
  }

  @Test
  void achievementStepsInOctoberAndMayAndTheChildsProgress() throws Exception {
    School s = school();
    long a = s.groupA();
    long c1 = s.child1().getId();
    long c2 = s.child2().getId();
    AssessmentRound oct = AssessmentRound.OCTOBER;

    clock.set(LocalDate.of(2030, 9, 30));
    assertRefused(
        "preschool.step.notYet",
        () ->
            as(
                s.teacher(),
                () -> steps.record(a, c1, oct, Competency.COGNITIVE, new StepInput(3, null), -1)));

    clock.set(LocalDate.of(2030, 10, 10));
    StepView cognitive =
        as(
            s.teacher(),
            () ->
                steps.record(
                    a, c1, oct, Competency.COGNITIVE, new StepInput(3, "Domisi gamta"), -1));
    assertEquals(3, cognitive.step());
    assertEquals(LocalDate.of(2030, 10, 10), cognitive.assessedOn());
    as(
        s.teacher(),
        () -> steps.record(a, c1, oct, Competency.COMMUNICATION, new StepInput(4, null), -1));
    StepView observed =
        as(
            s.teacher(),
            () -> steps.record(a, c2, oct, Competency.COGNITIVE, new StepInput(2, "Stebi"), -1));
    StepView changed =
        as(
            s.teacher(),
            () ->
                steps.record(
                    a,
                    c2,
                    oct,
                    Competency.COGNITIVE,
                    new StepInput(2, "Stebi ir klausia"),
                    observed.version()));
    assertEquals(observed.version() + 1, changed.version());
    assertEquals("Stebi ir klausia", changed.comment());

    assertRefused(
        "preschool.step.range",
        () ->
            as(
                s.teacher(),
                () -> steps.record(a, c1, oct, Competency.DIGITAL, new StepInput(8, null), -1)));
    assertRefused(
        "preschool.step.range",
        () ->
            as(
                s.teacher(),
                () -> steps.record(a, c1, oct, Competency.DIGITAL, new StepInput(0, null), -1)));
    assertRefused(
        "preschool.step.commentLength",
        () ->
            as(
                s.teacher(),
                () ->
                    steps.record(
                        a, c1, oct, Competency.DIGITAL, new StepInput(2, "x".repeat(1001)), -1)));
    StaleWriteException stale =
        assertThrows(
            StaleWriteException.class,
            () ->
                as(
                    s.teacher(),
                    () ->
                        steps.record(
                            a, c1, oct, Competency.COGNITIVE, new StepInput(5, null), -1)));
    assertEquals("preschool.step.stale", stale.getKey());

    // refusals: a child of another group, another group's teacher, the outsiders
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                s.teacher(),
                () ->
                    steps.record(
                        a, s.childB().getId(), oct, Competency.CIVIC, new StepInput(3, null), -1)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                s.otherGroupTeacher(),
                () -> steps.record(a, c1, oct, Competency.CIVIC, new StepInput(3, null), -1)));
    assertThrows(
        AccessDeniedException.class, () -> as(s.otherGroupTeacher(), () -> steps.sheet(a, oct)));
    for (Fixtures.Account outsider :
        List.of(s.subjectTeacher(), s.guardian(), s.student(), s.deputy())) {
      assertThrows(
          EJBAccessException.class,
          () ->
              as(
                  outsider,
                  () -> steps.record(a, c1, oct, Competency.CIVIC, new StepInput(3, null), -1)));
    }
    for (Fixtures.Account outsider : List.of(s.subjectTeacher(), s.student())) {
      assertThrows(EJBAccessException.class, () -> as(outsider, () -> steps.progress(c1)));
    }

    GroupAssessment sheet = as(s.teacher(), () -> steps.sheet(a, oct));
    assertEquals(YearMonth.of(2030, 10), sheet.month());
    assertTrue(sheet.open());
    assertEquals(
        List.of("Ugnė Ąžuolaitė", "Jonas Beržas"),
        sheet.children().stream().map(c -> c.fullName()).toList());
    assertEquals(3, sheet.children().get(0).of(Competency.COGNITIVE).step());
    assertNull(sheet.children().get(0).of(Competency.DIGITAL));

    GroupDistribution distribution = as(s.deputy(), () -> steps.distribution(a, oct));
    assertEquals(2, distribution.children());
    assertEquals(
        List.of(
            "COGNITIVE [0, 1, 1, 0, 0, 0, 0] 0",
            "SOCIAL_EMOTIONAL_HEALTH [0, 0, 0, 0, 0, 0, 0] 2",
            "CREATIVITY [0, 0, 0, 0, 0, 0, 0] 2",
            "CIVIC [0, 0, 0, 0, 0, 0, 0] 2",
            "CULTURAL [0, 0, 0, 0, 0, 0, 0] 2",
            "COMMUNICATION [0, 0, 0, 1, 0, 0, 0] 1",
            "DIGITAL [0, 0, 0, 0, 0, 0, 0] 2"),
        distribution.competencies().stream()
            .map(d -> d.competency() + " " + d.counts() + " " + d.notAssessed())
            .toList());

    // once October is locked, its steps stay as they are
    clock.set(LocalDate.of(2031, 5, 12));
    as(
        s.admin(),
        () -> {
          locks.lock(YearMonth.of(2030, 10), s.classA());
          return null;
        });
    assertRefused(
        "month.locked",
        () ->
            as(
                s.teacher(),
                () -> steps.record(a, c1, oct, Competency.CIVIC, new StepInput(3, null), -1)));
    assertFalse(as(s.teacher(), () -> steps.sheet(a, oct)).open());

    // May: the child moved on in cognition, stayed in communication
    AssessmentRound may = AssessmentRound.MAY;
    as(
        s.teacher(),
        () -> steps.record(a, c1, may, Competency.COGNITIVE, new StepInput(4, "Klausinėja"), -1));
    as(
        s.teacher(),
        () -> steps.record(a, c1, may, Competency.COMMUNICATION, new StepInput(4, null), -1));

    ChildProgress progress = as(s.guardian(), () -> steps.progress(c1));
    assertEquals("Ugnė Ąžuolaitė", progress.childName());
    assertEquals(List.of(oct, may), progress.assessments().stream().map(c -> c.round()).toList());
    assertEquals(
        List.of(
            "COGNITIVE [3, 4] Klausinėja",
            "SOCIAL_EMOTIONAL_HEALTH [null, null] null",
            "CREATIVITY [null, null] null",
            "CIVIC [null, null] null",
            "CULTURAL [null, null] null",
            "COMMUNICATION [4, 4] null",
            "DIGITAL [null, null] null"),
        progress.competencies().stream()
            .map(p -> p.competency() + " " + p.steps() + " " + p.lastComment())
            .toList());
    CompetencyProgress cognition = progress.competencies().get(0);
    assertArrayEquals(new Integer[] {3, 4}, cognition.steps().toArray(new Integer[0]));
    assertEquals(progress, as(s.guardian(), () -> diary.child(c1)).progress());

    // the printed reports: the guardian's progress report, the management's group report
    String report =
        pdfText(
            as(s.guardian(), () -> steps.progressReportPdf(c1, may, Locale.forLanguageTag("lt"))));
    assertTrue(report.contains("Ugdytinio pažangos ataskaita"), report);
    assertTrue(report.contains("Ugnė Ąžuolaitė"), report);
    assertTrue(report.contains("Gegužės mėn. vertinimas"), report);
    assertTrue(report.contains("Klausinėja"), report);
    String group =
        pdfText(as(s.deputy(), () -> steps.groupReportPdf(a, oct, Locale.forLanguageTag("lt"))));
    assertTrue(group.contains("Grupės vaikų pasiekimų ataskaita"), group);
    assertTrue(group.contains("Pažinimo kompetencija"), group);
    assertThrows(
        AccessDeniedException.class,
        () -> as(s.otherGuardian(), () -> steps.progressReportPdf(c1, may, Locale.ROOT)));
    assertThrows(
        EJBAccessException.class,
        () -> as(s.guardian(), () -> steps.groupReportPdf(a, oct, Locale.ROOT)));

    long id =
        new Fixtures(em, tx)
            .inTx(
                () ->
                    ((Number)
                            em.createNativeQuery(
                                    "SELECT id FROM preschool_achievement_step WHERE student_id ="
                                        + " ?1 AND assessment_round = 'OCTOBER' AND competency ="
                                        + " 'COGNITIVE'")
                                .setParameter(1, c2)
                                .getSingleResult())
                        .longValue());
    assertEquals(
        List.of(HistoryAction.INSERT, HistoryAction.UPDATE),
        history.of("preschool_achievement_step", id).stream()
            .map(HistoryEntry::getAction)
            .toList());
  }

  private static String pdfText(byte[] pdf) throws Exception {
    assertEquals("%PDF", new String(Arrays.copyOf(pdf, 4), StandardCharsets.US_ASCII));
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
