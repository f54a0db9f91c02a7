package lt.dienynas.journal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;

/** Praise, remarks and comments for a student (§23.3, §21): shown in the student's diary. */
@Stateless
@RolesAllowed({
  Role.Names.CLASS_TEACHER,
  Role.Names.TEACHER,
  Role.Names.NON_FORMAL_TEACHER,
  Role.Names.PRESCHOOL_TEACHER,
  Role.Names.VDM_EDUCATOR
})
public class StudentNoteService {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  /**
   * @param date the day it is about; the lesson's date when a lesson is given
   * @param lessonId the lesson it was given in, if any (the student must be in its group then)
   * @return the note's id
   * @throws BusinessException {@code studentNote.text}, {@code journal.notMember}
   */
  public long add(
      long studentId, StudentNoteKind kind, String text, LocalDate date, Long lessonId) {
    Actor actor = policy.requireStudentNoteWrite(studentId);
    Objects.requireNonNull(kind, "kind");
    Lesson lesson = null;
    if (lessonId != null) {
      policy.requireLessonWrite(lessonId);
      lesson = em.find(Lesson.class, lessonId);
      JournalRules.requireMember(em, lesson, studentId);
    }
    StudentNote note =
        new StudentNote(
            em.find(Student.class, studentId),
            em.find(Person.class, actor.personId()),
            lesson,
            kind,
            lesson == null ? Objects.requireNonNull(date, "date") : lesson.getLessonDate(),
            text,
            LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS));
    em.persist(note);
    em.flush();
    return note.getId();
  }
}
