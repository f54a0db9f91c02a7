package lt.dienynas.journal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.assessment.AssessmentRules;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.SchoolClock;

/** Marks (§23.3, §23.5, §23.6): written by the lesson's teacher or substitute. */
@Stateless
@Interceptors(InputRefusals.class)
@RolesAllowed({
  Role.Names.TEACHER,
  Role.Names.NON_FORMAL_TEACHER,
  Role.Names.PRESCHOOL_TEACHER,
  Role.Names.VDM_EDUCATOR
})
public class MarkService {
  @Inject private SchoolClock clock;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private AssessmentRules rules;

  @EJB private JournalChanges changes;

  @EJB private JournalWrites writes;

  @EJB private MonthLockService locks;

  /**
   * Gives, changes or removes ({@code input} null) one student's mark in a lesson; see {@link
   * #recordAll}.
   */
  public void record(long lessonId, long studentId, @Valid MarkInput input) {
    Map<Long, MarkInput> one = new HashMap<>();
    one.put(studentId, input);
    recordAll(lessonId, one);
  }

  /**
   * The one place marks are given, changed or removed (a null input): the students' marks of one
   * lesson, all or nothing. The closed school year, the month lock, the group's membership and the
   * scales the group's grade and subject allow are checked here, once for the lesson, and every
   * change is written to the history.
   *
   * @param inputs the new mark per student id; null removes the student's mark
   * @throws BusinessException {@code journal.notMember}, {@code lesson.notHeld}, {@code
   *     mark.scaleNotAllowed}, {@code mark.institution}, {@code schoolYear.readOnly}, {@code
   *     month.locked}
   */
  public void recordAll(long lessonId, Map<Long, @Valid MarkInput> inputs) {
    Actor actor = writes.requireLessonAccess(lessonId);
    if (inputs.isEmpty()) {
      return;
    }
    write(actor, em.find(Lesson.class, lessonId), inputs);
  }

  /**
   * Applies a correction act's line to a student's mark in a lesson: only while that act is being
   * applied ({@link MonthLockService#openForAct}), by the DB admin. The write is {@link
   * #recordAll}'s, every check but the lesson's teacher included (the month lock is open for the
   * act); the history entry names the act.
   *
   * @param wrong the mark the act calls wrong (null: none), which must be the mark now
   * @param correct the mark it becomes (null removes the mark)
   * @throws BusinessException {@code correction.wrongValue}, {@code mark.unknown}, {@code
   *     journal.notMember}, {@code lesson.notHeld}, {@code mark.scaleNotAllowed}, {@code
   *     schoolYear.readOnly}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void correctUnderAct(
      long actId, long lessonId, long studentId, String wrong, String correct) {
    Actor actor = policy.requireAdministration("CORRECTION_APPLY");
    if (!locks.actInProgress().equals(Optional.of(actId))) {
      throw policy.refuse("CORRECTION_APPLY", "correctionAct", actId);
    }
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw policy.refuse("CORRECTION_APPLY", "lesson", lessonId);
    }
    String now =
        em
            .createNamedQuery(Mark.OF_LESSON_AND_STUDENT, Mark.class)
            .setParameter("lesson", lesson)
            .setParameter("studentId", studentId)
            .getResultList()
            .stream()
            .findFirst()
            .map(m -> m.value().notation())
            .orElse(null);
    String expected = JournalCorrections.normalized(wrong);
    if (!Objects.equals(expected, now)) {
      throw new BusinessException(
          "correction.wrongValue", expected == null ? "—" : expected, now == null ? "—" : now);
    }
    Map<Long, MarkInput> one = new HashMap<>();
    one.put(studentId, correct == null ? null : MarkInput.of(MarkValue.parse(correct)));
    write(actor, lesson, one);
  }

  private void write(Actor actor, Lesson lesson, Map<Long, MarkInput> inputs) {
    long lessonId = lesson.getId();
    writes.requireOpen(lesson);
    Map<Long, Student> students = JournalRules.requireMembers(em, lesson, inputs.keySet());
    boolean giving = inputs.values().stream().anyMatch(Objects::nonNull);
    if (giving) {
      lesson.requireHeld();
      Set<MarkScale> allowed = rules.allowedFor(lesson.getGroup(), lesson.getSubject());
      for (MarkInput input : inputs.values()) {
        if (input != null && !allowed.contains(input.value().scale())) {
          throw new BusinessException(
              "mark.scaleNotAllowed", input.value().notation(), lesson.getSubject().getName());
        }
      }
    }
    Map<Long, List<Mark>> existing = new HashMap<>();
    for (Mark mark :
        em.createNamedQuery(Mark.OF_LESSON_AND_STUDENTS, Mark.class)
            .setParameter("lesson", lesson)
            .setParameter("studentIds", inputs.keySet())
            .getResultList()) {
      existing.computeIfAbsent(mark.getStudent().getId(), k -> new ArrayList<>()).add(mark);
    }
    Person by = giving ? em.find(Person.class, actor.personId()) : null;
    LocalDateTime now = clock.now().truncatedTo(ChronoUnit.MILLIS);
    List<JournalChanges.Edit> edits = new ArrayList<>();
    for (Map.Entry<Long, MarkInput> entry : inputs.entrySet()) {
      long studentId = entry.getKey();
      MarkInput input = entry.getValue();
      List<Mark> stored = existing.getOrDefault(studentId, List.of());
      String cell = JournalChanges.cellId(lessonId, studentId);
      if (input == null) {
        for (Mark mark : stored) {
          Map<String, Object> before = JournalChanges.of(mark);
          em.remove(mark);
          edits.add(
              new JournalChanges.Edit(
                  JournalChanges.MARK, cell, HistoryAction.DELETE, before, null));
        }
      } else if (stored.isEmpty()) {
        Mark mark = new Mark(lesson, students.get(studentId), input, by, now);
        em.persist(mark);
        edits.add(
            new JournalChanges.Edit(
                JournalChanges.MARK, cell, HistoryAction.INSERT, null, JournalChanges.of(mark)));
      } else {
        Mark mark = stored.get(0);
        Map<String, Object> before = JournalChanges.of(mark);
        mark.change(input, by, now);
        edits.add(
            new JournalChanges.Edit(
                JournalChanges.MARK, cell, HistoryAction.UPDATE, before, JournalChanges.of(mark)));
      }
    }
    changes.recordAll(edits);
  }
}
