package lt.dienynas.journal;

import static lt.dienynas.testing.JournalSchool.as;
import static lt.dienynas.testing.JournalSchool.doAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.history.ChangeSource;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.Student;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
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
 * A locked month refuses every write path of the journal with the one message {@code month.locked}
 * and nothing changes; in an open month every write leaves a history entry with what it was and
 * what it became. Each test locks October 2030 for its own class only.
 */
@ExtendWith(ArquillianExtension.class)
class JournalLockIT {
  private static final YearMonth OCTOBER = YearMonth.of(2030, 10);
  private static final LocalDate DAY = LocalDate.of(2030, 10, 8);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("journal-lock-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB MonthLockService locks;

  @EJB HistoryLog history;

  @EJB JournalChanges changes;

  @EJB MarkService marks;

  @EJB AttendanceService attendance;

  @EJB JustificationService justifications;

  @EJB LessonService lessons;

  @EJB StudentNoteService studentNotes;

  private Fixtures fx;
  private Account admin;

  @BeforeEach
  void setUp() throws Exception {
    fx = new Fixtures(em, tx);
    admin = fx.account(fx.staff("Ada", "Užraktė", Role.DB_ADMIN));
  }

  @Test
  void everyWritePathIsRefusedInALockedMonthAndNothingChanges() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 2);
    Student first = school.students.get(0);
    Student second = school.students.get(1);
    Guardian parent = fx.guardian("Rūta", "Globėja", first);
    Account parentAccount = fx.account(parent, Role.GUARDIAN);
    Lesson lesson = school.lesson(DAY, 2);
    Lesson other = school.lesson(DAY.plusDays(1), 2);
    Account teacher = school.teacherAccount;
    Account classTeacher = school.classTeacherAccount;
    doAs(
        teacher,
        () -> {
          marks.record(lesson.getId(), first.getId(), MarkInput.of(MarkValue.tenPoint(5)));
          attendance.record(lesson.getId(), second.getId(), AttendanceStatus.ABSENT);
          attendance.record(other.getId(), first.getId(), AttendanceStatus.ABSENT);
        });
    long noteId =
        as(
            parentAccount,
            () ->
                justifications.submit(
                    first.getId(), DAY, DAY.plusDays(1), JustificationReason.ILLNESS, "Sirgo"));
    doAs(admin, () -> locks.lock(OCTOBER, school.classId));
    long entries = historyCount();

    // the grid's save of a changed mark, a new mark, a removed mark (delete and re-create)
    refused(
        teacher,
        () -> marks.record(lesson.getId(), first.getId(), MarkInput.of(MarkValue.tenPoint(9))));
    refused(
        teacher,
        () -> marks.record(lesson.getId(), second.getId(), MarkInput.of(MarkValue.tenPoint(8))));
    refused(teacher, () -> marks.record(lesson.getId(), first.getId(), null));
    // attendance: marked, changed, removed
    refused(teacher, () -> attendance.record(lesson.getId(), first.getId(), AttendanceStatus.LATE));
    refused(
        teacher, () -> attendance.record(lesson.getId(), second.getId(), AttendanceStatus.LATE));
    refused(teacher, () -> attendance.record(lesson.getId(), second.getId(), null));
    // the bulk justification of a date range, and a guardian's note accepted
    refused(
        classTeacher,
        () ->
            attendance.justify(
                first.getId(), DAY.minusDays(7), DAY.plusDays(7), JustificationReason.ILLNESS));
    refused(classTeacher, () -> justifications.accept(noteId));
    // the lesson record, a back-dated lesson added by hand, a remark on a past day
    refused(teacher, () -> lessons.record(lesson.getId(), LessonRecord.topic("Trupmenos")));
    refused(teacher, () -> lessons.add(school.classGroup.getId(), DAY, 5, null));
    refused(
        teacher,
        () ->
            studentNotes.add(
                first.getId(), StudentNoteKind.REMARK, "Triukšmavo", null, lesson.getId()));
    refused(
        classTeacher,
        () -> studentNotes.add(first.getId(), StudentNoteKind.PRAISE, "Šaunuolis", DAY, null));

    assertEquals(entries, historyCount(), "a refused change leaves no history");
    assertEquals("5", markOf(lesson, first));
    assertNull(markOf(lesson, second));
    assertEquals(
        1L,
        count(
            "SELECT COUNT(*) FROM attendance WHERE lesson_id = ?1 AND justification IS NULL",
            lesson.getId()));
    assertEquals(
        "SUBMITTED",
        em.createNativeQuery("SELECT status FROM justification_note WHERE id = ?1")
            .setParameter(1, noteId)
            .getSingleResult());
    assertEquals(
        0L,
        count(
            "SELECT COUNT(*) FROM lesson WHERE group_id = ?1 AND lesson_number = 5",
            school.classGroup.getId()));

    // November stays open: the same paths work there
    Lesson november = school.lesson(LocalDate.of(2030, 11, 5), 1);
    doAs(
        teacher,
        () -> marks.record(november.getId(), first.getId(), MarkInput.of(MarkValue.tenPoint(7))));
    assertEquals("7", markOf(november, first));
  }

  @Test
  void everyChangeLeavesItsBeforeAndAfterWhoAndSource() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 1);
    Student student = school.students.get(0);
    Lesson lesson = school.lesson(DAY, 3);
    Account teacher = school.teacherAccount;
    doAs(
        teacher,
        () -> {
          marks.record(lesson.getId(), student.getId(), MarkInput.of(MarkValue.tenPoint(4)));
          marks.record(lesson.getId(), student.getId(), MarkInput.of(MarkValue.tenPoint(6)));
          marks.record(lesson.getId(), student.getId(), null);
          attendance.record(lesson.getId(), student.getId(), AttendanceStatus.LATE);
          lessons.record(lesson.getId(), LessonRecord.topic("Dalyba"));
        });

    List<HistoryEntry> cell = as(teacher, () -> changes.ofCell(lesson.getId(), student.getId()));
    assertEquals(4, cell.size());
    HistoryEntry inserted = cell.get(0);
    assertEquals(HistoryAction.INSERT, inserted.getAction());
    assertEquals(JournalChanges.MARK, inserted.getEntityType());
    assertNull(inserted.getBeforeValue());
    assertTrue(inserted.getAfterValue().contains("\"mark\":\"4\""), inserted.getAfterValue());
    assertEquals(teacher.login(), inserted.getActorLogin());
    assertEquals(ChangeSource.SERVICE, inserted.getSource());
    HistoryEntry updated = cell.get(1);
    assertEquals(HistoryAction.UPDATE, updated.getAction());
    assertTrue(updated.getBeforeValue().contains("\"mark\":\"4\""));
    assertTrue(updated.getAfterValue().contains("\"mark\":\"6\""));
    assertEquals(HistoryAction.DELETE, cell.get(2).getAction());
    assertNull(cell.get(2).getAfterValue());
    assertEquals(JournalChanges.ATTENDANCE, cell.get(3).getEntityType());
    assertTrue(cell.get(3).getAfterValue().contains("\"status\":\"LATE\""));
    assertNull(cell.get(3).getCorrectionActId());

    List<HistoryEntry> ofLesson = history.of(JournalChanges.LESSON, lesson.getId());
    assertEquals(1, ofLesson.size());
    assertTrue(ofLesson.get(0).getAfterValue().contains("Dalyba"));
  }

  private void refused(Account account, JournalSchool.ThrowingRunnable action) {
    BusinessException e = assertThrows(BusinessException.class, () -> doAs(account, action));
    assertEquals("month.locked", e.getKey());
  }

  private String markOf(Lesson lesson, Student student) {
    List<?> rows =
        em.createNativeQuery("SELECT mark_value FROM mark WHERE lesson_id = ?1 AND student_id = ?2")
            .setParameter(1, lesson.getId())
            .setParameter(2, student.getId())
            .getResultList();
    return rows.isEmpty() ? null : (String) rows.get(0);
  }

  private long historyCount() {
    return count("SELECT COUNT(*) FROM history_entry WHERE id > ?1", 0L);
  }

  private long count(String sql, Object parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
  }
}
