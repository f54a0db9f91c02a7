package lt.dienynas.journal;

import static lt.dienynas.testing.JournalSchool.as;
import static lt.dienynas.testing.JournalSchool.cells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.YearMonth;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.diary.DiaryService;
import lt.dienynas.diary.DiaryWeek;
import lt.dienynas.people.StaffMember;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A substitute (§23.16) fills the lesson they substitute, and the journal shows who gave it. */
@ExtendWith(ArquillianExtension.class)
class SubstitutionIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 14);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("substitution-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB LessonService lessons;

  @EJB JournalService journal;

  @EJB DiaryService diary;

  @Test
  void theSubstituteFillsTheirLessonOnlyAndTheJournalShowsThem() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool school = JournalSchool.of(fx, em, 6, 2);
    StaffMember substitute = fx.staff("Paulius", "Pavaduotojas", Role.TEACHER);
    Account substituteAccount = fx.account(substitute);
    Account deputy = fx.account(fx.staff("Dalia", "Pavaduotoja", Role.DEPUTY));
    Lesson substituted = school.lesson(DAY, 4);
    Lesson ownTeachers = school.lesson(DAY.plusDays(1), 4);

    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                substituteAccount,
                () -> {
                  lessons.record(substituted.getId(), LessonRecord.topic("Per anksti"));
                  return null;
                }));
    assertThrows(
        EJBAccessException.class,
        () ->
            as(
                school.teacherAccount,
                () -> {
                  lessons.assignSubstitute(substituted.getId(), substitute.getId());
                  return null;
                }));
    as(
        deputy,
        () -> {
          lessons.assignSubstitute(substituted.getId(), substitute.getId());
          return null;
        });

    as(
        substituteAccount,
        () -> {
          journal.saveLesson(
              substituted.getId(),
              new LessonRecord("Lygtys", "Uždaviniai 12–15", DAY.plusDays(2), null, null, false),
              AssessmentKind.CLASSWORK,
              null,
              cells(school.students.get(0), "9", school.students.get(1), "n"));
          return null;
        });
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                substituteAccount,
                () -> {
                  lessons.record(ownTeachers.getId(), LessonRecord.topic("Ne mano pamoka"));
                  return null;
                }));

    JournalMonth month =
        as(
            substituteAccount,
            () -> journal.month(school.classGroup.getId(), null, YearMonth.from(DAY)));
    JournalLesson given = month.lessons().get(0);
    assertEquals("Paulius Pavaduotojas", given.substituteName());
    assertEquals("Paulius Pavaduotojas", given.givenBy());
    assertTrue(given.writable());
    assertFalse(month.lessons().get(1).writable());
    assertEquals("9", month.cell(substituted.getId(), school.students.get(0).getId()).notation());

    Account parent = fx.account(fx.guardian("Lina", "Mamaitė", school.students.get(0)));
    DiaryWeek week = as(parent, () -> diary.week(school.students.get(0).getId(), DAY));
    var shown = week.days().get(0).lessons().get(0);
    assertEquals("Paulius Pavaduotojas", shown.substituteName());
    assertEquals("Uždaviniai 12–15", shown.homework());
  }
}
