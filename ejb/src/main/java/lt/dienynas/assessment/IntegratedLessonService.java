package lt.dienynas.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lt.dienynas.diary.SubjectOption;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.JournalWrites;
import lt.dienynas.journal.Lesson;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;

/**
 * Integruotos pamokos (§23.8): a lesson that counts for further subjects besides its own. Its marks
 * count in every one of them (the period-grade form reads them); its attendance stays one record,
 * so the totals count an absence once while each subject's count includes it.
 */
@Stateless
@HistorySource("integrated lessons")
public class IntegratedLessonService {

  private static final String ABSENCES_BY_SUBJECT =
      "SELECT l.subject_id, COUNT(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id"
          + " WHERE a.student_id = ?1 AND a.status = 'ABSENT' AND l.lesson_date BETWEEN ?2 AND ?3"
          + " GROUP BY l.subject_id"
          + " UNION ALL SELECT ls.subject_id, COUNT(*) FROM attendance a"
          + " JOIN lesson l ON l.id = a.lesson_id JOIN lesson_subject ls ON ls.lesson_id = l.id"
          + " WHERE a.student_id = ?1 AND a.status = 'ABSENT' AND l.lesson_date BETWEEN ?2 AND ?3"
          + " GROUP BY ls.subject_id";

  /** The most subjects the details page offers (a school teaches a few dozen). */
  static final int MAX_SUBJECTS = 300;

  /** Subjects taught in the year (besides the lesson's own), or chosen already. */
  private static final String SUBJECTS =
      "SELECT DISTINCT s.id, s.name FROM Subject s WHERE s.id <> :own AND (s.id IN :chosen"
          + " OR EXISTS (SELECT a FROM TeachingAssignment a WHERE a.subject = s"
          + " AND a.group.schoolYear = :year)) ORDER BY s.name, s.id";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @EJB private MonthLockService locks;

  @EJB private JournalWrites writes;

  /**
   * Sets the further subjects the lesson counts for (none: an ordinary lesson again).
   *
   * @throws BusinessException {@code integratedLesson.unknownSubject}, {@code month.locked}, {@code
   *     schoolYear.readOnly}
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR
  })
  public void integrate(long lessonId, Set<Long> subjectIds) {
    Lesson lesson = writes.requireLessonWritable(lessonId).lesson();
    Set<Long> further = new TreeSet<>(subjectIds == null ? Set.of() : subjectIds);
    further.remove(lesson.getSubject().getId());
    for (Long subjectId : further) {
      if (em.find(Subject.class, subjectId) == null) {
        throw new BusinessException("integratedLesson.unknownSubject", subjectId);
      }
    }
    Set<Long> before = subjectsOf(lessonId);
    if (before.equals(further)) {
      return;
    }
    em.createNativeQuery("DELETE FROM lesson_subject WHERE lesson_id = ?1")
        .setParameter(1, lessonId)
        .executeUpdate();
    for (Long subjectId : further) {
      em.createNativeQuery("INSERT INTO lesson_subject (lesson_id, subject_id) VALUES (?1, ?2)")
          .setParameter(1, lessonId)
          .setParameter(2, subjectId)
          .executeUpdate();
    }
    history.record(
        Change.updated(
            "lesson",
            lessonId,
            Map.of("integratedSubjects", before.toString()),
            Map.of("integratedSubjects", further.toString())));
  }

  /**
   * The lesson's details page: its further subjects, the subjects taught in its school year to
   * choose from (and those chosen already), whether the reader may change them (may fill the lesson
   * and its month is open) and may move it.
   */
  @PermitAll
  public IntegratedLessonForm form(long lessonId) {
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw policy.refuse("GROUP_JOURNAL_READ", "lesson", lessonId);
    }
    Actor actor = policy.requireGroupJournalRead(lesson.getGroup().getId());
    Set<Long> chosen = subjectsOf(lessonId);
    List<SubjectOption> subjects = new ArrayList<>();
    for (Object[] r :
        em.createQuery(SUBJECTS, Object[].class)
            .setParameter("year", lesson.getGroup().getSchoolYear())
            .setParameter("own", lesson.getSubject().getId())
            .setParameter("chosen", chosen.isEmpty() ? Set.of(-1L) : chosen)
            .setMaxResults(MAX_SUBJECTS)
            .getResultList()) {
      subjects.add(new SubjectOption((Long) r[0], (String) r[1]));
    }
    boolean open = !locks.isLockedForGroup(lesson.getGroup().getId(), lesson.getLessonDate());
    boolean writable =
        open
            && !lesson.getGroup().getSchoolYear().isReadOnly()
            && policy.mayWriteLesson(actor, lessonId);
    boolean movable =
        open
            && !lesson.getGroup().getSchoolYear().isReadOnly()
            && (writable || actor.hasAny(Role.DEPUTY, Role.DB_ADMIN));
    return new IntegratedLessonForm(
        lessonId,
        lesson.getGroup().getId(),
        lesson.getSubject().getId(),
        lesson.getLessonDate(),
        lesson.getLessonNumber(),
        lesson.getGroup().getName(),
        lesson.getSubject().getName(),
        subjects,
        chosen,
        writable,
        movable,
        lesson.getMovedFromDate().orElse(null),
        lesson.getMovedFromNumber().orElse(null),
        lesson.getMoveReason().orElse(null),
        lesson.getVersion());
  }

  /** The further subjects of a lesson (its own subject not included). */
  @PermitAll
  public Set<Long> furtherSubjects(long lessonId) {
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw policy.refuse("GROUP_JOURNAL_READ", "lesson", lessonId);
    }
    policy.requireGroupJournalRead(lesson.getGroup().getId());
    return subjectsOf(lessonId);
  }

  /**
   * A student's missed lessons per subject over a period: an integrated lesson's absence counts in
   * each of its subjects (the period totals count it once: {@link
   * ClassYearEndService#periodAttendance}).
   */
  @PermitAll
  public Map<Long, Integer> absencesBySubject(long studentId, LocalDate from, LocalDate to) {
    policy.requireStudentDiaryRead(studentId);
    if (from == null || to == null || to.isBefore(from)) {
      throw new BusinessException("journal.datesRequired");
    }
    Map<Long, Integer> counts = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(ABSENCES_BY_SUBJECT)
            .setParameter(1, studentId)
            .setParameter(2, from)
            .setParameter(3, to)
            .getResultList()) {
      Object[] r = (Object[]) row;
      counts.merge(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), Integer::sum);
    }
    return counts;
  }

  private Set<Long> subjectsOf(long lessonId) {
    List<Long> ids = new ArrayList<>();
    for (Object id :
        em.createNativeQuery("SELECT subject_id FROM lesson_subject WHERE lesson_id = ?1")
            .setParameter(1, lessonId)
            .getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return new TreeSet<>(ids);
  }
}
