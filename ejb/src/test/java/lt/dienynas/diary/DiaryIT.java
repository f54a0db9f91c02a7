package lt.dienynas.diary;

import static lt.dienynas.testing.JournalSchool.as;
import static lt.dienynas.testing.JournalSchool.cells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.JournalService;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.LessonRecord;
import lt.dienynas.journal.StudentNoteKind;
import lt.dienynas.journal.StudentNoteService;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.Messages;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The diary as a guardian of two children and as a student see it. */
@ExtendWith(ArquillianExtension.class)
class DiaryIT {
  private static final LocalDate MONDAY = LocalDate.of(2030, 11, 4);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("diary-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB JournalService journal;

  @EJB DiaryService diary;

  @EJB StudentNoteService notes;

  @Test
  void aGuardianSwitchesBetweenTwoChildrenAndAStudentSeesOnlyThemselves() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool sixth = JournalSchool.of(fx, em, 6, 2);
    JournalSchool fifth = JournalSchool.of(fx, em, 5, 1);
    Student older = sixth.students.get(0);
    Student classmate = sixth.students.get(1);
    Student younger = fifth.students.get(0);
    Guardian guardian = fx.guardian("Asta", "Mamaitė", older, younger);
    Account parent = fx.account(guardian);
    Account olderSelf = fx.account(older);

    Lesson olderLesson = sixth.lesson(MONDAY.plusDays(1), 2);
    Lesson youngerLesson = fifth.lesson(MONDAY.plusDays(2), 3);
    as(
        sixth.teacherAccount,
        () -> {
          journal.saveLesson(
              olderLesson.getId(),
              new LessonRecord("Procentai", "Pratimai 5–8", MONDAY.plusDays(3), null, null, false),
              AssessmentKind.TEST,
              null,
              cells(older, "10", classmate, "n"));
          notes.add(
              older.getId(),
              StudentNoteKind.PRAISE,
              "Puikiai dirbo pamokoje.",
              null,
              olderLesson.getId());
          return null;
        });
    as(
        fifth.teacherAccount,
        () -> {
          journal.saveLesson(
              youngerLesson.getId(),
              LessonRecord.topic("Geometrija"),
              AssessmentKind.CLASSWORK,
              null,
              cells(younger, "p 6"));
          return null;
        });
    as(
        sixth.classTeacherAccount,
        () ->
            notes.add(
                older.getId(), StudentNoteKind.REMARK, "Pamiršo pratybų sąsiuvinį.", MONDAY, null));

    List<DiaryChild> children = as(parent, () -> diary.children(MONDAY));
    assertEquals(2, children.size());
    // listed by name; the generated names decide which child comes first
    assertEquals(
        java.util.Set.of("6a", "5a"),
        children.stream().map(DiaryChild::className).collect(java.util.stream.Collectors.toSet()));

    DiaryWeek olderWeek = as(parent, () -> diary.week(older.getId(), MONDAY.plusDays(4)));
    assertEquals(MONDAY, olderWeek.monday());
    DiaryLesson tuesday = olderWeek.days().get(1).lessons().get(0);
    assertEquals("Procentai", tuesday.topic());
    assertEquals("Pratimai 5–8", tuesday.homework());
    assertEquals(MONDAY.plusDays(3), tuesday.homeworkDue());
    assertEquals("10", tuesday.mark().notation());
    assertEquals(AssessmentKind.TEST, tuesday.markKind());
    assertNull(tuesday.attendance());
    assertEquals(2, olderWeek.notes().size());
    assertEquals(StudentNoteKind.REMARK, olderWeek.notes().get(0).kind());

    DiaryWeek youngerWeek = as(parent, () -> diary.week(younger.getId(), MONDAY));
    DiaryLesson wednesday = youngerWeek.days().get(2).lessons().get(0);
    assertEquals("Geometrija", wednesday.topic());
    assertEquals(AttendanceStatus.LATE, wednesday.attendance());
    assertEquals("6", wednesday.mark().notation());
    assertEquals(0, youngerWeek.days().get(1).lessons().size(), "not the sibling's lessons");

    assertThrows(
        AccessDeniedException.class, () -> as(parent, () -> diary.week(classmate.getId(), MONDAY)));

    // the student: their own week, marks and attendance, nobody else's
    assertEquals(older.getId(), as(olderSelf, () -> diary.me(MONDAY)).studentId());
    DiaryWeek own = as(olderSelf, () -> diary.week(older.getId(), MONDAY));
    assertEquals("10", own.days().get(1).lessons().get(0).mark().notation());
    List<SubjectOption> subjects =
        as(olderSelf, () -> diary.subjects(older.getId(), MONDAY, MONDAY.plusDays(6)));
    assertEquals(1, subjects.size());
    assertEquals(
        1,
        as(
                olderSelf,
                () -> diary.marks(older.getId(), subjects.get(0).id(), MONDAY, MONDAY.plusDays(30)))
            .size());
    assertThrows(
        AccessDeniedException.class,
        () -> as(olderSelf, () -> diary.week(classmate.getId(), MONDAY)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(olderSelf, () -> diary.week(younger.getId(), MONDAY)));
    assertThrows(EJBAccessException.class, () -> as(olderSelf, () -> diary.children(MONDAY)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(parent, () -> diary.attendanceTotals(classmate.getId(), MONDAY, MONDAY)));
  }

  /** A note needs the lesson it was given in or the day it is about: without both, a refusal. */
  @Test
  void aNoteWithNeitherALessonNorADayIsRefusedInLithuanian() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool school = JournalSchool.of(fx, em, 7, 1);
    Student student = school.students.get(0);
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    school.classTeacherAccount,
                    () ->
                        notes.add(
                            student.getId(),
                            StudentNoteKind.PRAISE,
                            "Padėjo draugui.",
                            null,
                            null)));
    assertEquals("studentNote.date", refused.getKey());
    assertEquals(
        "Nurodykite pamoką arba dieną, apie kurią šis įrašas.",
        refused.localizedMessage(Messages.LITHUANIAN));
    assertEquals(
        "Give the lesson or the day the note is about.", refused.localizedMessage(Locale.ENGLISH));
  }
}
