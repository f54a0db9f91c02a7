package lt.dienynas.journal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.time.YearMonth;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.shared.TransactionMemo;

/**
 * The journal's one write guard (§18.7, §19.7, §19.8): before a lesson, its marks, attendance,
 * remarks or integrated subjects change, the caller asks here whether the person may fill the
 * lesson, whether its school year is still open and whether its month is unlocked. The grid, the
 * API, a school-day marking and a correction act meet the same guard; what it found out is
 * remembered for the rest of the transaction, so a lesson saved from the grid (its record, marks
 * and attendance through their own services) makes one access decision and reads each month's lock
 * once.
 */
@Stateless
@PermitAll
public class JournalWrites {
  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private Actors actors;

  @EJB private MonthLockService locks;

  @Resource private TransactionSynchronizationRegistry transaction;

  /** A lesson the calling person may fill, with who they are. */
  public record WritableLesson(Actor actor, Lesson lesson) {}

  /**
   * The calling person may fill this lesson: its teacher of that subject on its date or its
   * substitute (the refusal is logged by the access policy). One decision per lesson and
   * transaction.
   */
  public Actor requireLessonAccess(long lessonId) {
    return TransactionMemo.get(
        transaction,
        new TransactionMemo.Key("JOURNAL_LESSON_WRITER", actors.current().login(), lessonId),
        () -> policy.requireLessonWrite(lessonId));
  }

  /**
   * The whole guard for a change of a lesson's journal: the access ({@link #requireLessonAccess}),
   * then the closed school year and the locked month of the lesson's date ({@link #requireOpen}).
   *
   * @throws lt.dienynas.shared.BusinessException {@code schoolYear.readOnly}, {@code month.locked}
   */
  public WritableLesson requireLessonWritable(long lessonId) {
    Actor actor = requireLessonAccess(lessonId);
    Lesson lesson = em.find(Lesson.class, lessonId);
    requireOpen(lesson);
    return new WritableLesson(actor, lesson);
  }

  /**
   * The lesson's school year is not closed and its month not locked (the access checked by the
   * caller: the lesson's writer, the deputy marking a school day, the DB admin under an act).
   *
   * @throws lt.dienynas.shared.BusinessException {@code schoolYear.readOnly}, {@code month.locked}
   */
  public void requireOpen(Lesson lesson) {
    requireOpen(lesson.getGroup(), lesson.getLessonDate());
  }

  /**
   * The group's school year is not closed and the month of {@code date} is not locked for its class
   * (the school's lock for a group of no class).
   *
   * @throws lt.dienynas.shared.BusinessException {@code schoolYear.readOnly}, {@code month.locked}
   */
  public void requireOpen(StudyGroup group, LocalDate date) {
    requireOpen(
        group.getSchoolYear(), group.getSchoolClass().map(SchoolClass::getId).orElse(null), date);
  }

  /**
   * The school year is not closed and the month of {@code date} is not locked for the class ({@code
   * null}: the school).
   *
   * @throws lt.dienynas.shared.BusinessException {@code schoolYear.readOnly}, {@code month.locked}
   */
  public void requireOpen(SchoolYear year, Long classId, LocalDate date) {
    year.requireWritable();
    requireMonthOpen(classId, date);
  }

  /**
   * The month of {@code date} is not locked for the class ({@code null}: the school), or the
   * transaction applies a correction act; a month found open is not read again in this transaction.
   *
   * @throws lt.dienynas.shared.BusinessException {@code month.locked}
   */
  public void requireMonthOpen(Long classId, LocalDate date) {
    TransactionMemo.get(
        transaction,
        new TransactionMemo.Key("JOURNAL_MONTH_OPEN", classId, YearMonth.from(date)),
        () -> {
          locks.requireOpen(classId, date);
          return Boolean.TRUE;
        });
  }
}
