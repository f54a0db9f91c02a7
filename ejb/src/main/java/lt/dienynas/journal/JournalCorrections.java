package lt.dienynas.journal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.security.Actors;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * Changes a correction act makes to the journal, for the act's service only: they run inside the
 * act's transaction ({@link MonthLockService#openForAct}), pass the same month lock check as every
 * journal write, and their history entries carry the act.
 */
@Stateless
@RolesAllowed(Role.Names.DB_ADMIN)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JournalCorrections {
  @Inject private SchoolClock clock;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private JournalChanges changes;

  @EJB private MonthLockService locks;

  @EJB private Actors actors;

  /**
   * The mark a student has in a lesson, in the journal's notation; null for none. For the act's
   * author, who checks the wrong value while drafting.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String markOf(long lessonId, long studentId) {
    List<Mark> marks = marksOf(em.find(Lesson.class, lessonId), studentId);
    return marks.isEmpty() ? null : marks.get(0).value().notation();
  }

  /**
   * Replaces the student's mark in the lesson: {@code wrong} must be the mark there now (null for
   * none), {@code correct} becomes it (null removes it).
   *
   * @throws BusinessException {@code correction.wrongValue} when the journal holds another mark,
   *     {@code mark.unknown} for a correct mark that is no mark
   */
  public void replaceMark(long lessonId, long studentId, String wrong, String correct) {
    if (locks.actInProgress().isEmpty()) {
      throw new IllegalStateException("a mark is corrected only under a correction act");
    }
    Lesson lesson = em.find(Lesson.class, lessonId);
    changes.requireOpen(lesson.getGroup(), lesson.getLessonDate());
    List<Mark> marks = marksOf(lesson, studentId);
    String now = marks.isEmpty() ? null : marks.get(0).value().notation();
    if (!Objects.equals(normalized(wrong), now)) {
      throw new BusinessException(
          "correction.wrongValue", wrong == null ? "—" : wrong, now == null ? "—" : now);
    }
    String cell = JournalChanges.cellId(lessonId, studentId);
    if (correct == null) {
      for (Mark mark : marks) {
        Map<String, Object> before = JournalChanges.of(mark);
        em.remove(mark);
        changes.record(JournalChanges.MARK, cell, HistoryAction.DELETE, before, null);
      }
      return;
    }
    MarkInput input = MarkInput.of(MarkValue.parse(correct));
    Person by = em.find(Person.class, actors.current().personId());
    LocalDateTime at = clock.now().truncatedTo(ChronoUnit.MILLIS);
    if (marks.isEmpty()) {
      Mark mark = new Mark(lesson, em.find(Student.class, studentId), input, by, at);
      em.persist(mark);
      changes.record(
          JournalChanges.MARK, cell, HistoryAction.INSERT, null, JournalChanges.of(mark));
    } else {
      Mark mark = marks.get(0);
      Map<String, Object> before = JournalChanges.of(mark);
      mark.change(input, by, at);
      changes.record(
          JournalChanges.MARK, cell, HistoryAction.UPDATE, before, JournalChanges.of(mark));
    }
  }

  /** Every student's mark in a lesson, in the journal's notation, by student id (one query). */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<Long, String> marksOfLesson(long lessonId) {
    Map<Long, String> marks = new java.util.HashMap<>();
    for (Mark mark :
        em.createNamedQuery(Mark.OF_LESSON, Mark.class)
            .setParameter("lessonId", lessonId)
            .getResultList()) {
      marks.putIfAbsent(mark.getStudent().getId(), mark.value().notation());
    }
    return marks;
  }

  /** A mark as the journal writes it ("7", "įsk."); null for blank. */
  public static String normalized(String notation) {
    return notation == null || notation.isBlank() ? null : MarkValue.parse(notation).notation();
  }

  private List<Mark> marksOf(Lesson lesson, long studentId) {
    return em.createNamedQuery(Mark.OF_LESSON_AND_STUDENT, Mark.class)
        .setParameter("lesson", lesson)
        .setParameter("studentId", studentId)
        .getResultList();
  }
}
