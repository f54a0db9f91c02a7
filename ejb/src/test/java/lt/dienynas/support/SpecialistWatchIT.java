package lt.dienynas.support;

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
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.journal.AttendanceService;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.MarkService;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.journal.StudentNoteKind;
import lt.dienynas.journal.StudentNoteService;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.StatementCounter;
import lt.dienynas.testing.WatchSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The specialists' watch lists (§24–§27): the figures of a built school exactly, the student's page
 * month by month, progress notes with their history and a stale write, the social pedagogue's risk
 * group flag, and the refusals — a specialist whose support ended or who never supported the
 * student, a teacher, a guardian, a student.
 */
@ExtendWith(ArquillianExtension.class)
class SpecialistWatchIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("specialist-watch-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @EJB WatchListService watch;
  @EJB ProgressNoteService progress;
  @EJB RiskGroupService risk;
  @EJB AttendanceService attendance;
  @EJB MarkService marks;
  @EJB StudentNoteService notes;
  @EJB HistoryLog history;

  @PersistenceUnit(unitName = "dienynas")
  EntityManagerFactory emf;

  private static final LocalDate TODAY = LocalDate.of(2040, 10, 20);

  @AfterEach
  void realClock() {
    clock.reset();
  }

  private static <T> T as(Account who, Callable<T> action) throws Exception {
    return AsPerson.call(who.login(), who.password(), action);
  }

  @Test
  void theWatchListShowsTheSupportedStudentsFiguresAndRefusesEveryoneElse() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    WatchSchool school = new WatchSchool(fx, em, 2040, 3);
    clock.set(TODAY);
    Student a = school.students.get(0).get(0);
    Student b = school.students.get(0).get(1);
    Student c = school.students.get(0).get(2);
    StaffMember psychologist = fx.staff("Eglė", "Psichologė", Role.PSYCHOLOGIST);
    Account psychologistAccount = fx.account(psychologist);
    StaffMember pedagogue = fx.staff("Saulė", "Socialinė", Role.SOCIAL_PEDAGOGUE);
    Account pedagogueAccount = fx.account(pedagogue);
    school.support(psychologist, a, school.start, null);
    school.support(psychologist, b, school.start, null);
    school.support(psychologist, c, school.start, LocalDate.of(2040, 10, 1));
    school.support(pedagogue, a, school.start, null);

    Lesson first = school.lesson(0, school.maths, LocalDate.of(2040, 9, 10), 1);
    Lesson second = school.lesson(0, school.lithuanian, LocalDate.of(2040, 9, 10), 2);
    Lesson third = school.lesson(0, school.maths, LocalDate.of(2040, 10, 5), 1);
    Lesson fourth = school.lesson(0, school.lithuanian, LocalDate.of(2040, 10, 6), 1);
    school.attendance(
        attendance,
        first,
        Map.of(a.getId(), AttendanceStatus.ABSENT, b.getId(), AttendanceStatus.LATE));
    school.attendance(attendance, second, Map.of(a.getId(), AttendanceStatus.ABSENT));
    school.attendance(
        attendance,
        third,
        Map.of(a.getId(), AttendanceStatus.ABSENT, c.getId(), AttendanceStatus.ABSENT));
    as(
        school.classTeachers.get(0),
        () ->
            attendance.justify(
                a.getId(),
                LocalDate.of(2040, 9, 10),
                LocalDate.of(2040, 9, 10),
                JustificationReason.ILLNESS));
    school.marks(marks, first, Map.of(b.getId(), 6));
    school.marks(marks, third, Map.of(b.getId(), 9));
    school.marks(marks, fourth, Map.of(a.getId(), 6, c.getId(), 10));
    Lesson september = school.lesson(0, school.maths, LocalDate.of(2040, 9, 12), 1);
    school.marks(marks, september, Map.of(a.getId(), 8));
    as(
        school.teacherAccount,
        () ->
            notes.add(
                a.getId(),
                StudentNoteKind.REMARK,
                "Trukdė pamokoje",
                LocalDate.of(2040, 10, 6),
                null));
    as(
        school.teacherAccount,
        () ->
            notes.add(
                c.getId(), StudentNoteKind.PRAISE, "Puikiai", LocalDate.of(2040, 10, 6), null));
    long note =
        as(
            psychologistAccount,
            () -> progress.add(a.getId(), LocalDate.of(2040, 10, 15), "Pokalbis apie lankomumą"));
    as(
        pedagogueAccount,
        () -> progress.add(a.getId(), LocalDate.of(2040, 10, 18), "Susitikimas su mama"));

    List<WatchRow> list = as(psychologistAccount, () -> watch.myWatchList(null, null));
    assertEquals(
        List.of(a.getId(), b.getId()).stream().sorted().toList(),
        list.stream().map(WatchRow::studentId).sorted().toList());
    WatchRow rowA = row(list, a);
    assertEquals("6a", rowA.className());
    assertEquals(3, rowA.attendance().absent());
    assertEquals(1, rowA.attendance().unjustified());
    assertEquals(2, rowA.attendance().justified());
    assertEquals(0, rowA.attendance().late());
    assertEquals(2, rowA.marks());
    assertEquals(new BigDecimal("7.00"), rowA.trend().average());
    assertEquals(1, rowA.remarks());
    assertEquals(0, rowA.praises());
    assertEquals(2, rowA.progressNotes());
    assertEquals(LocalDate.of(2040, 10, 18), rowA.lastProgressNote());
    assertFalse(rowA.riskGroup());
    assertEquals(0, rowA.openWarnings());
    WatchRow rowB = row(list, b);
    assertEquals(0, rowB.attendance().absent());
    assertEquals(1, rowB.attendance().late());
    assertEquals(2, rowB.marks());
    assertEquals(new BigDecimal("7.50"), rowB.trend().average());
    assertEquals(0, rowB.remarks());
    assertEquals(0, rowB.progressNotes());
    assertNull(rowB.lastProgressNote());

    // a shorter span: October only
    WatchRow october =
        row(
            as(
                psychologistAccount,
                () -> watch.myWatchList(LocalDate.of(2040, 10, 1), LocalDate.of(2040, 10, 31))),
            a);
    assertEquals(1, october.attendance().absent());
    assertEquals(1, october.attendance().unjustified());
    assertEquals(1, october.marks());

    StudentWatch page = as(psychologistAccount, () -> watch.student(a.getId(), null, null));
    assertEquals(
        List.of(YearMonth.of(2040, 9), YearMonth.of(2040, 10)),
        page.months().stream().map(MonthFigures::month).toList());
    MonthFigures sept = page.months().get(0);
    assertEquals(List.of(2L, 0L, 0L), List.of(sept.absent(), sept.unjustified(), sept.late()));
    assertEquals(1, sept.marks());
    assertEquals(new BigDecimal("8.00"), sept.average());
    MonthFigures oct = page.months().get(1);
    assertEquals(List.of(1L, 1L, 0L), List.of(oct.absent(), oct.unjustified(), oct.late()));
    assertEquals(new BigDecimal("6.00"), oct.average());
    assertEquals(List.of("8", "6"), page.marks().stream().map(m -> m.notation()).toList());
    assertEquals(List.of("Trukdė pamokoje"), page.notes().stream().map(n -> n.text()).toList());
    assertEquals(
        List.of("Susitikimas su mama", "Pokalbis apie lankomumą"),
        page.progressNotes().stream().map(ProgressNoteView::text).toList());
    assertFalse(page.mayFlagRiskGroup());

    // the author corrects the note; a stale version is refused; the history has both
    ProgressNoteView mine =
        page.progressNotes().stream().filter(n -> n.id() == note).findFirst().orElseThrow();
    as(
        psychologistAccount,
        () -> {
          progress.change(note, mine.version(), LocalDate.of(2040, 10, 16), "Pokalbis su mokiniu");
          return null;
        });
    assertThrows(
        StaleWriteException.class,
        () ->
            as(
                psychologistAccount,
                () -> {
                  progress.change(note, mine.version(), LocalDate.of(2040, 10, 16), "Kitaip");
                  return null;
                }));
    assertEquals(
        List.of(HistoryAction.INSERT, HistoryAction.UPDATE),
        fx.inTx(() -> history.of("progress_note", note)).stream().map(h -> h.getAction()).toList());
    // another specialist may not change it
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                pedagogueAccount,
                () -> {
                  progress.change(note, mine.version() + 1, LocalDate.of(2040, 10, 16), "Ne mano");
                  return null;
                }));
    BusinessException empty =
        assertThrows(
            BusinessException.class,
            () -> as(psychologistAccount, () -> progress.add(a.getId(), TODAY, " ")));
    assertEquals("progressNote.text", empty.getKey());
    BusinessException future =
        assertThrows(
            BusinessException.class,
            () ->
                as(psychologistAccount, () -> progress.add(a.getId(), TODAY.plusDays(1), "Rytoj")));
    assertEquals("progressNote.date", future.getKey());

    // the social pedagogue flags the student into the risk group and out again
    StudentWatch forPedagogue = as(pedagogueAccount, () -> watch.student(a.getId(), null, null));
    assertTrue(forPedagogue.mayFlagRiskGroup());
    assertNull(forPedagogue.riskVersion());
    as(
        pedagogueAccount,
        () -> {
          risk.set(a.getId(), true, "Daug nepateisintų praleistų pamokų", null);
          return null;
        });
    assertTrue(row(as(psychologistAccount, () -> watch.myWatchList(null, null)), a).riskGroup());
    StudentWatch flagged = as(pedagogueAccount, () -> watch.student(a.getId(), null, null));
    assertTrue(flagged.riskGroup());
    assertEquals("Daug nepateisintų praleistų pamokų", flagged.riskReason());
    BusinessException again =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    pedagogueAccount,
                    () -> {
                      risk.set(a.getId(), true, "Dar kartą", flagged.riskVersion());
                      return null;
                    }));
    assertEquals("riskGroup.alreadyIn", again.getKey());
    assertThrows(
        StaleWriteException.class,
        () ->
            as(
                pedagogueAccount,
                () -> {
                  risk.set(a.getId(), false, "Pagerėjo", null);
                  return null;
                }));
    as(
        pedagogueAccount,
        () -> {
          risk.set(a.getId(), false, "Lankomumas pagerėjo", flagged.riskVersion());
          return null;
        });
    assertFalse(as(pedagogueAccount, () -> watch.student(a.getId(), null, null)).riskGroup());
    assertEquals(2, as(pedagogueAccount, () -> risk.history(a.getId())).size());

    // refusals: ended support, never supported, not the social pedagogue, other roles
    assertThrows(
        AccessDeniedException.class,
        () -> as(psychologistAccount, () -> watch.student(c.getId(), null, null)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(psychologistAccount, () -> progress.add(c.getId(), TODAY, "Jau nebe mano")));
    assertThrows(
        AccessDeniedException.class,
        () -> as(pedagogueAccount, () -> watch.student(b.getId(), null, null)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                pedagogueAccount,
                () -> {
                  risk.set(b.getId(), true, "Ne mano mokinys", null);
                  return null;
                }));
    assertThrows(
        EJBAccessException.class,
        () ->
            as(
                psychologistAccount,
                () -> {
                  risk.set(a.getId(), true, "Ne socialinė pedagogė", null);
                  return null;
                }));
    Account guardian = fx.account(fx.guardian("Rasa", "Mamaitė", a), Role.GUARDIAN);
    Account student = fx.account(a, Role.STUDENT);
    for (Account other :
        List.of(school.teacherAccount, school.classTeachers.get(0), guardian, student)) {
      assertThrows(EJBAccessException.class, () -> as(other, () -> watch.myWatchList(null, null)));
      assertThrows(
          EJBAccessException.class, () -> as(other, () -> watch.student(a.getId(), null, null)));
      assertThrows(
          EJBAccessException.class, () -> as(other, () -> progress.add(a.getId(), TODAY, "x")));
      assertThrows(
          EJBAccessException.class,
          () ->
              as(
                  other,
                  () -> {
                    progress.change(note, mine.version() + 1, TODAY, "x");
                    return null;
                  }));
      assertThrows(
          EJBAccessException.class,
          () ->
              as(
                  other,
                  () -> {
                    risk.set(a.getId(), true, "x", null);
                    return null;
                  }));
    }
    // nothing written by the refused calls
    assertEquals(
        2L,
        fx.inTx(
            () ->
                em.createQuery(
                        "SELECT COUNT(n) FROM ProgressNote n WHERE n.student.id IN :ids",
                        Long.class)
                    .setParameter("ids", List.of(a.getId(), b.getId(), c.getId()))
                    .getSingleResult()));
  }

  @Test
  void theListTakesAsManyStatementsForTwelveStudentsAsForTwo() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    WatchSchool school = new WatchSchool(fx, em, 2050, 12);
    clock.set(LocalDate.of(2050, 10, 20));
    List<Student> students = school.students.get(0);
    StaffMember few = fx.staff("Ona", "Dviejų", Role.SPECIAL_PEDAGOGUE);
    Account fewAccount = fx.account(few);
    StaffMember many = fx.staff("Rūta", "Dvylikos", Role.SPEECH_THERAPIST);
    Account manyAccount = fx.account(many);
    for (int i = 0; i < students.size(); i++) {
      if (i < 2) {
        school.support(few, students.get(i), school.start, null);
      }
      school.support(many, students.get(i), school.start, null);
    }
    Lesson lesson = school.lesson(0, school.maths, LocalDate.of(2050, 9, 15), 1);
    Lesson marked = school.lesson(0, school.maths, LocalDate.of(2050, 9, 16), 1);
    Map<Long, AttendanceStatus> absent = new java.util.HashMap<>();
    Map<Long, Integer> tens = new java.util.HashMap<>();
    for (Student s : students) {
      absent.put(s.getId(), AttendanceStatus.ABSENT);
      tens.put(s.getId(), 8);
    }
    school.attendance(attendance, lesson, absent);
    school.marks(marks, marked, tens);
    as(fewAccount, () -> watch.myWatchList(null, null));
    as(manyAccount, () -> watch.myWatchList(null, null));

    StatementCounter.Count two =
        StatementCounter.count(emf, () -> as(fewAccount, () -> watch.myWatchList(null, null)));
    StatementCounter.Count twelve =
        StatementCounter.count(emf, () -> as(manyAccount, () -> watch.myWatchList(null, null)));
    assertTrue(two.statements() > 0, "the counter sees the statements");
    assertEquals(
        two.statements(),
        twelve.statements(),
        () -> "statements grow with the students: " + String.join("\n", twelve.sql()));
    assertTrue(twelve.statements() <= 20, () -> String.join("\n", twelve.sql()));
    assertEquals(
        12,
        as(manyAccount, () -> watch.myWatchList(null, null)).stream()
            .filter(r -> r.attendance().unjustified() == 1 && r.marks() == 1)
            .count());
  }

  private static WatchRow row(List<WatchRow> rows, Student student) {
    return rows.stream().filter(r -> r.studentId() == student.getId()).findFirst().orElseThrow();
  }
}
