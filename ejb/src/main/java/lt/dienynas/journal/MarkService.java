package lt.dienynas.journal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.dienynas.assessment.AssessmentRules;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;

/** Marks (§23.3, §23.5, §23.6): written by the lesson's teacher or substitute. */
@Stateless
@RolesAllowed({
  Role.Names.TEACHER,
  Role.Names.NON_FORMAL_TEACHER,
  Role.Names.PRESCHOOL_TEACHER,
  Role.Names.VDM_EDUCATOR
})
public class MarkService {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private AssessmentRules rules;

  @EJB private JournalChanges changes;

  /**
   * The one place a mark is given, changed or removed ({@code input} null): the closed school year
   * and the scales the group's grade and subject allow are checked here, and the month lock and the
   * change history belong here too.
   *
   * @throws BusinessException {@code journal.notMember}, {@code lesson.notHeld}, {@code
   *     mark.scaleNotAllowed}, {@code mark.institution}, {@code schoolYear.readOnly}, {@code
   *     month.locked}
   */
  public void record(long lessonId, long studentId, MarkInput input) {
    Actor actor = policy.requireLessonWrite(lessonId);
    Lesson lesson = em.find(Lesson.class, lessonId);
    lesson.getGroup().getSchoolYear().requireWritable();
    changes.requireOpen(lesson.getGroup(), lesson.getLessonDate());
    Student student = JournalRules.requireMember(em, lesson, studentId);
    List<Mark> existing =
        em.createNamedQuery(Mark.OF_LESSON_AND_STUDENT, Mark.class)
            .setParameter("lesson", lesson)
            .setParameter("studentId", studentId)
            .getResultList();
    String cell = JournalChanges.cellId(lessonId, studentId);
    if (input == null) {
      for (Mark mark : existing) {
        Map<String, Object> before = JournalChanges.of(mark);
        em.remove(mark);
        changes.record(JournalChanges.MARK, cell, HistoryAction.DELETE, before, null);
      }
      return;
    }
    lesson.requireHeld();
    Set<MarkScale> allowed = rules.allowedFor(lesson.getGroup(), lesson.getSubject());
    if (!allowed.contains(input.value().scale())) {
      throw new BusinessException(
          "mark.scaleNotAllowed", input.value().notation(), lesson.getSubject().getName());
    }
    Person by = em.find(Person.class, actor.personId());
    LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
    if (existing.isEmpty()) {
      Mark mark = new Mark(lesson, student, input, by, now);
      em.persist(mark);
      changes.record(
          JournalChanges.MARK, cell, HistoryAction.INSERT, null, JournalChanges.of(mark));
    } else {
      Mark mark = existing.get(0);
      Map<String, Object> before = JournalChanges.of(mark);
      mark.change(input, by, now);
      changes.record(
          JournalChanges.MARK, cell, HistoryAction.UPDATE, before, JournalChanges.of(mark));
    }
  }
}
