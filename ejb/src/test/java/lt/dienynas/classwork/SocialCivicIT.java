package lt.dienynas.classwork;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.StaffMember;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessAssertions;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.yearend.ClassSummary;
import lt.dienynas.yearend.YearEndWork;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Socialinė-pilietinė veikla (§21.12, §7.1): the class teacher records an activity for several
 * students at once; each student's hours and the class's against the school's yearly norm (the
 * migration's 10 hours), exact; the student and their guardian see the student's own; the hours in
 * the year-end summary; input rules, grades 5–8 only, locked months, and every role or relationship
 * without the right refused with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class SocialCivicIT {
  private static final LocalDate TODAY = LocalDate.of(2030, 10, 10);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("social-civic-it")
        .addClass(BusinessAssertions.class)
        .addClass(ClassworkSchool.class);
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @EJB SocialCivicService hours;

  @EJB MonthLockService locks;

  @EJB HistoryLog history;

  @EJB YearEndWork yearEnd;

  @AfterEach
  void realClock() {
    clock.reset();
  }

  private static <T> T as(Fixtures.Account who, Callable<T> action) throws Exception {
    return AsPerson.call(who.login(), who.password(), action);
  }

  private static SocialCivicInput activity(
      LocalDate date, String what, String hours, List<Long> students) {
    return new SocialCivicInput(
        date, what, new BigDecimal(hours), "Maisto bankas, R. Petraitienė", students);
  }

  @Test
  void hoursForSeveralStudentsAndTotalsAgainstTheNorm() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    ClassworkSchool school = new ClassworkSchool(fx);
    List<Long> s = school.students;
    clock.set(TODAY);
    assertEquals(10, hours.norm(), "the school's norm, from the migration");

    as(
        school.classTeacher,
        () ->
            hours.record(
                school.classId,
                activity(
                    LocalDate.of(2030, 10, 5), "Maisto banko akcija", "3.5", s.subList(0, 3))));
    SocialCivicClassView view =
        as(
            school.classTeacher,
            () ->
                hours.record(
                    school.classId,
                    activity(
                        LocalDate.of(2030, 10, 8), "Aplinkos tvarkymas", "7", List.of(s.get(0)))));

    assertEquals(10, view.norm());
    assertEquals(4, view.students().size());
    SocialCivicTotal first = total(view, s.get(0));
    assertEquals(new BigDecimal("10.5"), first.hours());
    assertTrue(first.met());
    assertEquals(new BigDecimal("0.0"), first.missing());
    SocialCivicTotal second = total(view, s.get(1));
    assertEquals(new BigDecimal("3.5"), second.hours());
    assertFalse(second.met());
    assertEquals(new BigDecimal("6.5"), second.missing());
    assertEquals(new BigDecimal("3.5"), total(view, s.get(2)).hours());
    SocialCivicTotal none = total(view, s.get(3));
    assertEquals(new BigDecimal("0.0"), none.hours());
    assertEquals(new BigDecimal("10.0"), none.missing());
    assertEquals(new BigDecimal("17.5"), view.classHours());
    assertEquals(1, view.studentsMeetingNorm());
    assertEquals(4, view.entries().size());
    SocialCivicEntryView newest = view.entries().get(0);
    assertEquals("Aplinkos tvarkymas", newest.activity());
    assertEquals("Maisto bankas, R. Petraitienė", newest.confirmedBy());
    assertEquals("Jūratė Vadovaitė", newest.recordedByName());
    assertEquals(view, as(school.deputy, () -> hours.ofClass(school.classId)), "the deputy reads");

    // the student and the guardian see the student's own
    for (Fixtures.Account who : List.of(school.guardian, school.student)) {
      SocialCivicStudentView own = as(who, () -> hours.ofStudent(s.get(0)));
      assertTrue(own.applies());
      assertEquals("6a", own.className());
      assertEquals(new BigDecimal("10.5"), own.total().hours());
      assertTrue(own.total().met());
      assertEquals(
          List.of("Aplinkos tvarkymas", "Maisto banko akcija"),
          own.entries().stream().map(SocialCivicEntryView::activity).toList());
    }

    // the year-end summary carries each student's hours of the year
    ClassSummary summary = yearEnd.summary(school.classId);
    assertEquals(
        List.of("10.5", "3.5", "3.5", "0.0"),
        s.stream()
            .map(
                id ->
                    summary.students().stream()
                        .filter(l -> l.studentId() == id)
                        .findFirst()
                        .orElseThrow()
                        .socialCivicHours()
                        .toPlainString())
            .toList());
    assertNull(
        yearEnd.summary(primaryClass(fx, school)).students().get(0).socialCivicHours(),
        "grades 1–4 have none");

    // the class teacher removes one entry: the totals follow, the history keeps it
    SocialCivicEntryView removed = view.entries().get(0);
    as(
        school.classTeacher,
        () -> {
          hours.remove(removed.id(), removed.version());
          return null;
        });
    SocialCivicClassView after = as(school.classTeacher, () -> hours.ofClass(school.classId));
    assertEquals(new BigDecimal("3.5"), total(after, s.get(0)).hours());
    assertEquals(new BigDecimal("10.5"), after.classHours());
    assertEquals(0, after.studentsMeetingNorm());
    assertEquals(
        List.of(HistoryAction.INSERT, HistoryAction.DELETE),
        history.of("social_civic_entry", removed.id()).stream().map(e -> e.getAction()).toList());
  }

  @Test
  void inputRulesGradesAndLockedMonths() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    ClassworkSchool school = new ClassworkSchool(fx);
    List<Long> s = school.students;
    clock.set(TODAY);
    Fixtures.Account teacher = school.classTeacher;
    long classId = school.classId;
    assertRefused(
        "classwork.socialCivic.hours",
        () -> as(teacher, () -> hours.record(classId, activity(TODAY, "Akcija", "0.25", s))));
    assertRefused(
        "classwork.socialCivic.hours",
        () -> as(teacher, () -> hours.record(classId, activity(TODAY, "Akcija", "25", s))));
    assertRefused(
        "classwork.socialCivic.students",
        () -> as(teacher, () -> hours.record(classId, activity(TODAY, "Akcija", "1", List.of()))));
    assertRefused(
        "classwork.socialCivic.activity",
        () -> as(teacher, () -> hours.record(classId, activity(TODAY, " ", "1", s))));
    assertRefused(
        "plainText.invalid",
        () -> as(teacher, () -> hours.record(classId, activity(TODAY, "Ak\u0007cija", "1", s))));
    assertRefused(
        "classwork.future",
        () ->
            as(
                teacher,
                () -> hours.record(classId, activity(TODAY.plusDays(1), "Akcija", "1", s))));
    assertRefused(
        "classwork.socialCivic.notInClass",
        () ->
            as(
                teacher,
                () ->
                    hours.record(
                        classId,
                        activity(TODAY, "Akcija", "1", List.of(s.get(0), school.otherStudent)))));
    StaffMember primaryTeacher = fx.staff("Daiva", "Pradinukė", Role.CLASS_TEACHER);
    Fixtures.Account primary = fx.account(primaryTeacher, Role.CLASS_TEACHER);
    long thirdClass = fx.classOf(fx.gradeClass(school.year, 3, "b", primaryTeacher));
    assertRefused(
        "classwork.socialCivic.grades",
        () -> as(primary, () -> hours.record(thirdClass, activity(TODAY, "Akcija", "1", s))));

    SocialCivicClassView done =
        as(
            teacher,
            () ->
                hours.record(
                    classId,
                    activity(LocalDate.of(2030, 10, 1), "Akcija", "2", List.of(s.get(1)))));
    as(
        school.admin,
        () -> {
          locks.lock(YearMonth.of(2030, 10), classId);
          return null;
        });
    clock.set(LocalDate.of(2030, 11, 12));
    assertRefused(
        "month.locked",
        () ->
            as(
                teacher,
                () -> hours.record(classId, activity(LocalDate.of(2030, 10, 30), "A", "1", s))));
    SocialCivicEntryView locked = done.entries().get(0);
    assertRefused(
        "month.locked",
        () ->
            as(
                teacher,
                () -> {
                  hours.remove(locked.id(), locked.version());
                  return null;
                }));
    assertEquals(1, count(classId), "only the one accepted");
  }

  @Test
  void onlyTheClassTeacherOfTheClassRecordsAndOnlyTheirOwnFamiliesRead() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    ClassworkSchool school = new ClassworkSchool(fx);
    List<Long> s = school.students;
    clock.set(TODAY);
    long classId = school.classId;
    SocialCivicInput input = activity(TODAY, "Akcija", "2", s);
    SocialCivicClassView done = as(school.classTeacher, () -> hours.record(classId, input));
    SocialCivicEntryView entry = done.entries().get(0);

    assertThrows(
        AccessDeniedException.class,
        () -> as(school.otherClassTeacher, () -> hours.record(classId, input)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(school.otherClassTeacher, () -> hours.ofClass(classId)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                school.otherClassTeacher,
                () -> {
                  hours.remove(entry.id(), null);
                  return null;
                }));
    assertThrows(
        AccessDeniedException.class,
        () -> as(school.otherClassTeacher, () -> hours.ofStudent(s.get(0))));
    for (Fixtures.Account who :
        List.of(school.subjectTeacher, school.guardian, school.student, school.deputy)) {
      assertThrows(
          EJBAccessException.class, () -> as(who, () -> hours.record(classId, input)), who.login());
      assertThrows(
          EJBAccessException.class,
          () ->
              as(
                  who,
                  () -> {
                    hours.remove(entry.id(), null);
                    return null;
                  }),
          who.login());
    }
    for (Fixtures.Account who : List.of(school.subjectTeacher, school.guardian, school.student)) {
      assertThrows(EJBAccessException.class, () -> as(who, () -> hours.ofClass(classId)));
    }
    // another child's guardian, another student, a subject teacher: not this student's hours
    assertThrows(
        AccessDeniedException.class,
        () -> as(school.otherGuardian, () -> hours.ofStudent(s.get(0))));
    assertThrows(
        AccessDeniedException.class,
        () -> as(school.otherClassStudent, () -> hours.ofStudent(s.get(0))));
    assertThrows(
        AccessDeniedException.class, () -> as(school.student, () -> hours.ofStudent(s.get(1))));
    assertThrows(
        EJBAccessException.class, () -> as(school.subjectTeacher, () -> hours.ofStudent(s.get(0))));
    assertEquals(4, count(classId), "nothing more, nothing less");
  }

  private long primaryClass(Fixtures fx, ClassworkSchool school) throws Exception {
    StaffMember teacher = fx.staff("Laima", "Pradinė", Role.CLASS_TEACHER);
    var group = fx.gradeClass(school.year, 2, "a", teacher);
    fx.member(group, fx.student("Jonas", Fixtures.unique("Antrokas"), 2022), ClassworkSchool.START);
    return fx.classOf(group);
  }

  private long count(long classId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM social_civic_entry WHERE school_class_id = ?1")
                .setParameter(1, classId)
                .getSingleResult())
        .longValue();
  }

  private static SocialCivicTotal total(SocialCivicClassView view, long studentId) {
    return view.students().stream()
        .filter(t -> t.studentId() == studentId)
        .findFirst()
        .orElseThrow();
  }
}
