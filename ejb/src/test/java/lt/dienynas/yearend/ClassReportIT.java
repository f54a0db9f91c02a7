package lt.dienynas.yearend;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessAssertions;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.YearEndSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The class teacher's semester and annual reports (§21.17, §32): the deadlines (5 working days
 * after the period or the class's summer work, public holidays skipped), the way prepared →
 * confirmed → returned with a comment → prepared and confirmed again (late) → accepted, the
 * deputy's overdue list, the history, a stale write, and every role without the relation refused
 * with nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
class ClassReportIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("class-report-it").addClass(BusinessAssertions.class);
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @EJB ClassReportService reports;

  @EJB HistoryLog history;

  @AfterEach
  void realClock() {
    clock.reset();
  }

  private record People(
      Fixtures.Account teacher,
      Fixtures.Account otherClassTeacher,
      Fixtures.Account subjectTeacher,
      Fixtures.Account guardian,
      Fixtures.Account student,
      Fixtures.Account deputy) {}

  private People people(Fixtures fx, YearEndSchool school) throws Exception {
    long classId = school.classIds.get(0);
    StudyGroup group =
        fx.inTx(
            () ->
                em.createQuery(
                        "SELECT g FROM StudyGroup g WHERE g.schoolClass.id = :c"
                            + " AND g.kind = lt.dienynas.school.GroupKind.CLASS",
                        StudyGroup.class)
                    .setParameter("c", classId)
                    .getSingleResult());
    StaffMember maths = fx.staff("Kęstutis", "Dalykininkas", Role.TEACHER);
    fx.teach(maths, school.subjects.get(0), group, LocalDate.of(2030, 9, 1));
    Student child =
        fx.inTx(() -> em.find(Student.class, school.expected.get(classId).get(0).studentId()));
    Guardian parent = fx.guardian("Rasa", "Globėja", child);
    return new People(
        school.classTeachers.get(classId),
        school.classTeachers.get(school.classIds.get(1)),
        fx.account(maths, Role.TEACHER),
        fx.account(parent, Role.GUARDIAN),
        fx.account(child, Role.STUDENT),
        fx.account(fx.staff("Rimantas", "Pavaduotojas", Role.DEPUTY), Role.DEPUTY));
  }

  private static <T> T as(Fixtures.Account who, Callable<T> action) throws Exception {
    return AsPerson.call(who.login(), who.password(), action);
  }

  private static ClassReportView of(List<ClassReportView> views, long classId, PeriodKind p) {
    return views.stream()
        .filter(v -> v.classId() == classId && v.period() == p)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void deadlinesFromTheSchoolCalendarAndTheClassesSummerWork() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    YearEndSchool school = YearEndSchool.build(fx, em, 2, 1, 1, 40L);
    long withoutSummerWork = school.classIds.get(0);
    YearEndSchool withSummer = YearEndSchool.build(fx, em, 1, 2, 1, 41L);
    long summerClass = withSummer.classIds.get(0);
    People p = people(fx, school);
    clock.set(LocalDate.of(2031, 1, 27));

    List<ClassReportView> views = as(p.teacher(), () -> reports.ofClass(withoutSummerWork));
    assertEquals(3, views.size());
    // Friday 24 January + 5 working days
    ClassReportView first = of(views, withoutSummerWork, PeriodKind.FIRST_SEMESTER);
    assertEquals(LocalDate.of(2031, 1, 24), first.periodEnd());
    assertEquals(LocalDate.of(2031, 1, 31), first.deadline());
    assertTrue(first.ended());
    assertEquals(ClassReportStatus.NOT_PREPARED, first.status());
    assertFalse(first.overdue());
    // Friday 20 June + 5 working days, Tuesday 24 June (Joninės) not among them
    ClassReportView second = of(views, withoutSummerWork, PeriodKind.SECOND_SEMESTER);
    assertEquals(LocalDate.of(2031, 6, 30), second.deadline());
    assertFalse(second.ended());
    ClassReportView annual = of(views, withoutSummerWork, PeriodKind.ANNUAL);
    assertEquals(LocalDate.of(2031, 6, 30), annual.deadline());
    assertFalse(annual.summerWork());

    // a student of the class has summer work, done on Wednesday 20 August
    Fixtures.Account summerTeacher = withSummer.classTeachers.get(summerClass);
    ClassReportView summerAnnual =
        of(as(summerTeacher, () -> reports.ofClass(summerClass)), summerClass, PeriodKind.ANNUAL);
    assertTrue(summerAnnual.summerWork());
    assertEquals(LocalDate.of(2031, 8, 27), summerAnnual.deadline());
    assertEquals(
        LocalDate.of(2031, 6, 30),
        of(
                as(summerTeacher, () -> reports.ofClass(summerClass)),
                summerClass,
                PeriodKind.SECOND_SEMESTER)
            .deadline(),
        "the summer work moves the annual report only");
  }

  @Test
  void preparedConfirmedReturnedPreparedAgainAndAccepted() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    YearEndSchool school = YearEndSchool.build(fx, em, 2, 2, 2, 42L);
    long classId = school.classIds.get(0);
    long otherClass = school.classIds.get(1);
    long yearId = school.year.getId();
    People p = people(fx, school);
    PeriodKind first = PeriodKind.FIRST_SEMESTER;

    clock.set(LocalDate.of(2031, 1, 23));
    assertRefused(
        "classReport.notEnded", () -> as(p.teacher(), () -> reports.prepare(classId, first, null)));
    assertEquals(0, rows(classId));

    clock.set(LocalDate.of(2031, 1, 27));
    ClassReportView prepared = as(p.teacher(), () -> reports.prepare(classId, first, -1));
    assertEquals(ClassReportStatus.PREPARED, prepared.status());
    assertEquals("Jūratė Vadovaitė0", prepared.preparedByName());
    assertNotNull(prepared.sha256());
    StoredFile pdf = as(p.teacher(), () -> reports.document(classId, first));
    assertArrayEquals(
        "%PDF".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(pdf.content(), 4), "a PDF");
    assertEquals(prepared.sha256(), pdf.sha256());
    assertTrue(pdf.fileName().endsWith("I_pusmecio_ataskaita.pdf"), pdf.fileName());
    assertEquals(
        pdf.sha256(),
        as(p.deputy(), () -> reports.document(classId, first)).sha256(),
        "the deputy reads the same report");

    assertRefused(
        "classReport.notConfirmed",
        () -> as(p.deputy(), () -> reports.accept(classId, first, prepared.version())));
    ClassReportView confirmed =
        as(p.teacher(), () -> reports.confirm(classId, first, prepared.version()));
    assertEquals(ClassReportStatus.CONFIRMED, confirmed.status());
    assertEquals(LocalDate.of(2031, 1, 27), confirmed.confirmedAt().toLocalDate());
    assertFalse(confirmed.late());
    assertThrows(
        StaleWriteException.class,
        () -> as(p.teacher(), () -> reports.confirm(classId, first, prepared.version())));
    assertRefused(
        "classReport.handedIn",
        () -> as(p.teacher(), () -> reports.prepare(classId, first, confirmed.version())));

    assertRefused(
        "classReport.commentRequired",
        () -> as(p.deputy(), () -> reports.giveBack(classId, first, "  ", confirmed.version())));
    assertRefused(
        "plainText.invalid",
        () ->
            as(
                p.deputy(),
                () -> reports.giveBack(classId, first, "Bloga\u202Etekstas", confirmed.version())));
    ClassReportView returned =
        as(
            p.deputy(),
            () ->
                reports.giveBack(
                    classId, first, "Patikrinkite Ūlos lankomumą.", confirmed.version()));
    assertEquals(ClassReportStatus.RETURNED, returned.status());
    assertEquals("Patikrinkite Ūlos lankomumą.", returned.reviewComment());
    assertEquals("Rimantas Pavaduotojas", returned.reviewedByName());
    assertRefused(
        "classReport.notPrepared",
        () -> as(p.teacher(), () -> reports.confirm(classId, first, returned.version())));

    // past the deadline (Friday 31 January): the returned one and the other class's are overdue
    clock.set(LocalDate.of(2031, 2, 3));
    List<ClassReportView> overdue = as(p.deputy(), () -> reports.overdue(yearId));
    assertEquals(
        List.of(classId + ":" + first, otherClass + ":" + first),
        overdue.stream().map(v -> v.classId() + ":" + v.period()).toList());

    // the class teacher puts the data right; the report prepared again shows it
    long student = school.expected.get(classId).get(0).studentId();
    fx.inTx(
        () ->
            em.createNativeQuery(
                    "UPDATE period_grade SET grade_value = IF(grade_value = '10', '9', '10')"
                        + " WHERE student_id = ?1 AND period_kind = 'FIRST_SEMESTER'")
                .setParameter(1, student)
                .executeUpdate());
    ClassReportView again = as(p.teacher(), () -> reports.prepare(classId, first, null));
    assertNotEquals(prepared.sha256(), again.sha256(), "prepared from the changed results");
    assertEquals(ClassReportStatus.PREPARED, status(classId, first), "stored");
    assertEquals(ClassReportStatus.PREPARED, again.status());
    assertNull(again.confirmedAt(), "to be confirmed again");
    ClassReportView lateConfirmed =
        as(p.teacher(), () -> reports.confirm(classId, first, again.version()));
    assertTrue(lateConfirmed.late(), "handed in after 31 January");
    assertFalse(lateConfirmed.overdue());
    ClassReportView accepted =
        as(p.deputy(), () -> reports.accept(classId, first, lateConfirmed.version()));
    assertEquals(ClassReportStatus.ACCEPTED, accepted.status());
    assertEquals(
        List.of(otherClass + ":" + first),
        as(p.deputy(), () -> reports.overdue(yearId)).stream()
            .map(v -> v.classId() + ":" + v.period())
            .toList());
    assertRefused(
        "classReport.notConfirmed",
        () -> as(p.deputy(), () -> reports.giveBack(classId, first, "Vėl", accepted.version())));

    long id = reportId(classId, first);
    List<HistoryEntry> trail = history.of("class_report", id);
    assertEquals(6, trail.size(), "prepared, confirmed, returned, prepared, confirmed, accepted");
    assertEquals(HistoryAction.INSERT, trail.get(0).getAction());
    assertTrue(trail.get(5).getAfterValue().contains("ACCEPTED"), trail.get(5).getAfterValue());
    assertEquals(p.deputy().login(), trail.get(5).getActorLogin());
    assertNotEquals(trail.get(0).getActorLogin(), trail.get(5).getActorLogin());
  }

  @Test
  void onlyTheClassTeacherPreparesAndConfirmsAndOnlyTheDeputyReviews() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    YearEndSchool school = YearEndSchool.build(fx, em, 2, 2, 1, 43L);
    long classId = school.classIds.get(0);
    People p = people(fx, school);
    PeriodKind period = PeriodKind.FIRST_SEMESTER;
    clock.set(LocalDate.of(2031, 1, 28));

    // the other class's teacher has the role but not the relation; the others lack the role
    assertThrows(
        AccessDeniedException.class,
        () -> as(p.otherClassTeacher(), () -> reports.prepare(classId, period, null)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(p.otherClassTeacher(), () -> reports.ofClass(classId)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(p.otherClassTeacher(), () -> reports.document(classId, period)));
    for (Fixtures.Account who :
        List.of(p.subjectTeacher(), p.guardian(), p.student(), p.deputy())) {
      assertThrows(
          EJBAccessException.class,
          () -> as(who, () -> reports.prepare(classId, period, null)),
          who.login());
    }
    for (Fixtures.Account who : List.of(p.subjectTeacher(), p.guardian(), p.student())) {
      assertThrows(EJBAccessException.class, () -> as(who, () -> reports.ofClass(classId)));
      assertThrows(
          EJBAccessException.class, () -> as(who, () -> reports.overdue(school.year.getId())));
    }
    assertEquals(0, rows(classId), "nothing prepared by anyone refused");

    ClassReportView prepared = as(p.teacher(), () -> reports.prepare(classId, period, null));
    assertThrows(
        AccessDeniedException.class,
        () -> as(p.otherClassTeacher(), () -> reports.confirm(classId, period, null)));
    for (Fixtures.Account who :
        List.of(p.subjectTeacher(), p.guardian(), p.student(), p.deputy())) {
      assertThrows(
          EJBAccessException.class,
          () -> as(who, () -> reports.confirm(classId, period, null)),
          who.login());
    }
    assertEquals(ClassReportStatus.PREPARED, status(classId, period));

    as(p.teacher(), () -> reports.confirm(classId, period, prepared.version()));
    for (Fixtures.Account who :
        List.of(
            p.teacher(), p.otherClassTeacher(), p.subjectTeacher(), p.guardian(), p.student())) {
      assertThrows(
          EJBAccessException.class,
          () -> as(who, () -> reports.accept(classId, period, null)),
          who.login());
      assertThrows(
          EJBAccessException.class,
          () -> as(who, () -> reports.giveBack(classId, period, "Ne", null)),
          who.login());
    }
    assertEquals(ClassReportStatus.CONFIRMED, status(classId, period), "still as confirmed");
    assertEquals(
        4L,
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM access_refusal WHERE action IN"
                            + " ('CLASS_REPORT_PREPARE', 'CLASS_REPORT_READ')"
                            + " AND target_id = ?1 AND login = ?2")
                    .setParameter(1, String.valueOf(classId))
                    .setParameter(2, p.otherClassTeacher().login())
                    .getSingleResult())
            .longValue(),
        "the other class teacher's refusals are logged");
  }

  private long rows(long classId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM class_report WHERE school_class_id = ?1")
                .setParameter(1, classId)
                .getSingleResult())
        .longValue();
  }

  private long reportId(long classId, PeriodKind period) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT id FROM class_report WHERE school_class_id = ?1 AND period_kind = ?2")
                .setParameter(1, classId)
                .setParameter(2, period.name())
                .getSingleResult())
        .longValue();
  }

  private ClassReportStatus status(long classId, PeriodKind period) {
    return ClassReportStatus.valueOf(
        (String)
            em.createNativeQuery(
                    "SELECT status FROM class_report WHERE school_class_id = ?1"
                        + " AND period_kind = ?2")
                .setParameter(1, classId)
                .setParameter(2, period.name())
                .getSingleResult());
  }
}
