package lt.dienynas.journal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.people.StudentClasses;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/** Praise, remarks and comments for a student (§23.3, §21): shown in the student's diary. */
@Stateless
@Interceptors(InputRefusals.class)
@RolesAllowed({
  Role.Names.CLASS_TEACHER,
  Role.Names.TEACHER,
  Role.Names.NON_FORMAL_TEACHER,
  Role.Names.PRESCHOOL_TEACHER,
  Role.Names.VDM_EDUCATOR
})
public class StudentNoteService {
  @Inject private SchoolClock clock;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private JournalChanges changes;

  @EJB private StudentClasses classes;

  @EJB private JournalWrites writes;

  /**
   * @param date the day it is about; the lesson's date when a lesson is given
   * @param lessonId the lesson it was given in, if any (the student must be in its group then)
   * @return the note's id
   * @throws BusinessException {@code studentNote.kind}, {@code studentNote.date} (neither a lesson
   *     nor a day), {@code studentNote.text}, {@code plainText.invalid}, {@code journal.notMember}
   */
  public long add(
      long studentId,
      @NotNull(message = "{studentNote.kind}") StudentNoteKind kind,
      @PlainText String text,
      LocalDate date,
      Long lessonId) {
    if (lessonId == null && date == null) {
      throw new BusinessException("studentNote.date");
    }
    // A note given in a lesson is part of that lesson's record: whoever may write the lesson (its
    // teacher of that subject, its substitute) and nobody else; a note outside lessons goes to the
    // student's teachers, class teacher and VDM educator.
    Actor actor =
        lessonId == null
            ? policy.requireStudentNoteWrite(studentId)
            : writes.requireLessonAccess(lessonId);
    Lesson lesson = null;
    if (lessonId != null) {
      lesson = em.find(Lesson.class, lessonId);
      JournalRules.requireMember(em, lesson, studentId);
    }
    StudentNote note =
        new StudentNote(
            em.find(Student.class, studentId),
            em.find(Person.class, actor.personId()),
            lesson,
            kind,
            lesson == null ? date : lesson.getLessonDate(),
            text,
            clock.now().truncatedTo(ChronoUnit.MILLIS));
    if (lesson != null) {
      writes.requireOpen(lesson);
    } else {
      StudentClasses.ClassOf schoolClass = classes.of(List.of(studentId)).get(studentId);
      writes.requireMonthOpen(
          schoolClass == null ? null : schoolClass.classId(), note.getNoteDate());
    }
    em.persist(note);
    em.flush();
    changes.record(
        JournalChanges.STUDENT_NOTE,
        note.getId(),
        HistoryAction.INSERT,
        null,
        JournalChanges.of(note, studentId, lessonId));
    return note.getId();
  }
}
