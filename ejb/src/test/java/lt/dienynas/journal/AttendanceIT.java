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
import java.util.List;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.diary.AttendanceTotals;
import lt.dienynas.diary.DiaryService;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attendance (§21.8): absences and lateness marked by the teacher, justified by the class teacher
 * directly or by accepting a guardian's note, overdue notes listed.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 7);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("attendance-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB JournalService journal;

  @EJB AttendanceService attendance;

  @EJB JustificationService justifications;

  @EJB DiaryService diary;

  private Fixtures fx;

  @BeforeEach
  void setUp() {
    fx = new Fixtures(em, tx);
  }

  @Test
  void theClassTeacherJustifiesDirectlyAndByAcceptingAGuardiansNote() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 5, 3);
    Student child = school.students.get(0);
    Student late = school.students.get(1);
    Account parent = fx.account(fx.guardian("Irena", "Mamaitė", child));
    Lesson first = school.lesson(DAY, 1);
    Lesson second = school.lesson(DAY, 2);
    Lesson nextDay = school.lesson(DAY.plusDays(1), 1);
    as(
        school.teacherAccount,
        () -> {
          journal.saveLesson(
              first.getId(),
              LessonRecord.topic("Dalyba"),
              AssessmentKind.CLASSWORK,
              null,
              cells(child, "n", late, "p"));
          journal.saveLesson(
              second.getId(), LessonRecord.topic("Dalyba II"), null, null, cells(child, "n"));
          journal.saveLesson(
              nextDay.getId(), LessonRecord.topic("Daugyba"), null, null, cells(child, "n 3"));
          return null;
        });

    // the class teacher justifies lateness directly
    int direct =
        as(
            school.classTeacherAccount,
            () -> attendance.justify(late.getId(), DAY, DAY, JustificationReason.SCHOOL_BUSINESS));
    assertEquals(1, direct);
    assertEquals(
        JustificationReason.SCHOOL_BUSINESS,
        attendanceOf(first, late).getJustification().orElseThrow());

    // a guardian's note: waiting, overdue once 2 working days have passed, then accepted
    long noteId =
        as(
            parent,
            () ->
                justifications.submit(
                    child.getId(), DAY, DAY.plusDays(1), JustificationReason.ILLNESS, "Sirgo."));
    ClassJustifications today =
        as(
            school.classTeacherAccount,
            () -> justifications.ofClass(school.classId, LocalDate.now(SchoolClock.ZONE)));
    assertEquals(1, today.waiting().size());
    assertFalse(today.waiting().get(0).overdue());
    ClassJustifications later =
        as(
            school.classTeacherAccount,
            () ->
                justifications.ofClass(
                    school.classId, LocalDate.now(SchoolClock.ZONE).plusDays(10)));
    assertEquals(List.of(noteId), later.overdue().stream().map(PendingNote::noteId).toList());
    ClassJustifications inOctober =
        as(
            school.classTeacherAccount,
            () -> justifications.ofClass(school.classId, DAY.plusDays(3)));
    assertEquals(3, inOctober.unjustified().size(), "the three absences of the child");

    int accepted = as(school.classTeacherAccount, () -> justifications.accept(noteId));
    assertEquals(3, accepted);
    Attendance justified = attendanceOf(nextDay, child);
    assertEquals(JustificationReason.ILLNESS, justified.getJustification().orElseThrow());
    assertEquals(noteId, justified.getNote().orElseThrow().getId());
    AttendanceTotals totals =
        as(parent, () -> diary.attendanceTotals(child.getId(), DAY, DAY.plusDays(7)));
    assertEquals(3, totals.absent());
    assertEquals(3, totals.absentJustified());
    assertEquals(
        NoteStatus.ACCEPTED,
        as(parent, () -> justifications.notesOf(child.getId(), LocalDate.now(SchoolClock.ZONE)))
            .get(0)
            .status());

    // a second note is rejected, and a decided note cannot be decided again
    long second2 =
        as(
            parent,
            () ->
                justifications.submit(
                    child.getId(), DAY, DAY, JustificationReason.PARENTS_REQUEST, null));
    as(
        school.classTeacherAccount,
        () -> {
          justifications.reject(second2, "Jau pateisinta.");
          return null;
        });
    BusinessException decided =
        assertThrows(
            BusinessException.class,
            () -> as(school.classTeacherAccount, () -> justifications.accept(second2)));
    assertEquals("justificationNote.decided", decided.getKey());
  }

  @Test
  void onlyTheGuardianSendsAndOnlyTheClassTeacherDecides() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 2);
    JournalSchool otherClass = JournalSchool.of(fx, em, 6, 1);
    Student child = school.students.get(0);
    Account parent = fx.account(fx.guardian("Rasa", "Tėvaitė", child));
    Account strangerParent = fx.account(fx.guardian("Ona", "Svetimoji", school.students.get(1)));

    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                strangerParent,
                () ->
                    justifications.submit(
                        child.getId(), DAY, DAY, JustificationReason.ILLNESS, null)));
    BusinessException reason =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    parent,
                    () ->
                        justifications.submit(
                            child.getId(), DAY, DAY, JustificationReason.SCHOOL_BUSINESS, null)));
    assertEquals("justificationNote.reason", reason.getKey());
    long noteId =
        as(
            parent,
            () ->
                justifications.submit(child.getId(), DAY, DAY, JustificationReason.ILLNESS, null));
    assertThrows(
        AccessDeniedException.class,
        () -> as(otherClass.classTeacherAccount, () -> justifications.accept(noteId)));
    assertThrows(
        EJBAccessException.class,
        () -> as(school.teacherAccount, () -> justifications.accept(noteId)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                otherClass.classTeacherAccount,
                () -> attendance.justify(child.getId(), DAY, DAY, JustificationReason.OTHER)));
    // dates outside every school year, or across the end of one, are refused and store nothing
    LocalDate longAgo = LocalDate.of(1990, 5, 7);
    BusinessException noYear =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    parent,
                    () ->
                        justifications.submit(
                            child.getId(), longAgo, longAgo, JustificationReason.ILLNESS, null)));
    assertEquals("schoolYear.range", noYear.getKey());
    assertTrue(
        noYear
            .localizedMessage(java.util.Locale.forLanguageTag("lt"))
            .contains("turi būti vienų mokslo metų ribose"));
    BusinessException across =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    school.classTeacherAccount,
                    () ->
                        attendance.justify(
                            child.getId(),
                            longAgo,
                            longAgo.plusDays(3),
                            JustificationReason.OTHER)));
    assertEquals("schoolYear.range", across.getKey());
    assertEquals(
        1L,
        em.createQuery(
                "SELECT COUNT(n) FROM JustificationNote n WHERE n.student.id = :s", Long.class)
            .setParameter("s", child.getId())
            .getSingleResult());
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(otherClass.classTeacherAccount, () -> justifications.ofClass(school.classId, DAY)));
    assertTrue(
        as(school.classTeacherAccount, () -> justifications.ofClass(school.classId, DAY))
                .waiting()
                .size()
            == 1);
  }

  /**
   * The reason is a constraint on the service's parameter: the container refuses the call before
   * the service runs, with the domain's Lithuanian message, and nothing is justified.
   */
  @Test
  void aJustificationWithoutAReasonIsRefusedBeforeTheServiceAndJustifiesNothing() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 5, 2);
    Student child = school.students.get(0);
    Lesson first = school.lesson(DAY, 1);
    as(
        school.teacherAccount,
        () -> {
          journal.saveLesson(
              first.getId(), LessonRecord.topic("Dalyba"), null, null, cells(child, "n"));
          return null;
        });
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    school.classTeacherAccount,
                    () -> attendance.justify(child.getId(), DAY, DAY, null)));
    assertEquals("justificationNote.reason", refused.getKey());
    assertEquals(
        "Nurodykite pateisinimo priežastį: liga, tėvų prašymas arba kita.",
        refused.localizedMessage(java.util.Locale.forLanguageTag("lt")));
    assertTrue(attendanceOf(first, child).getJustification().isEmpty());
    assertEquals(
        1,
        as(
            school.classTeacherAccount,
            () -> attendance.justify(child.getId(), DAY, DAY, JustificationReason.ILLNESS)));
  }

  private Attendance attendanceOf(Lesson lesson, Student student) {
    em.clear();
    return em.createQuery(
            "SELECT a FROM Attendance a WHERE a.lesson.id = :l AND a.student.id = :s",
            Attendance.class)
        .setParameter("l", lesson.getId())
        .setParameter("s", student.getId())
        .getSingleResult();
  }
}
