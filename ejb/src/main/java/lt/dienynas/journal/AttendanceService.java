package lt.dienynas.journal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;

/**
 * Attendance (§23.3, §21.8): the teacher marks who was absent or late; the class teacher justifies
 * it, on their own knowledge or on a guardian's note. Every change of an attendance row goes
 * through {@link #write} or {@link #remove}.
 */
@Stateless
public class AttendanceService {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private JournalChanges changes;

  /**
   * Marks a student absent or late in a lesson, or present again ({@code status} null).
   *
   * @throws BusinessException {@code journal.notMember}, {@code lesson.notHeld}, {@code
   *     schoolYear.readOnly}
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR
  })
  public void record(long lessonId, long studentId, AttendanceStatus status) {
    Actor actor = policy.requireLessonWrite(lessonId);
    Lesson lesson = em.find(Lesson.class, lessonId);
    Student student = JournalRules.requireMember(em, lesson, studentId);
    List<Attendance> existing =
        em.createNamedQuery(Attendance.OF_LESSON_AND_STUDENT, Attendance.class)
            .setParameter("lesson", lesson)
            .setParameter("studentId", studentId)
            .getResultList();
    if (status == null) {
      changes.requireOpen(lesson.getGroup(), lesson.getLessonDate());
      existing.forEach(this::remove);
      return;
    }
    lesson.requireHeld();
    Person by = em.find(Person.class, actor.personId());
    LocalDateTime now = now();
    if (existing.isEmpty()) {
      write(new Attendance(lesson, student, status, by, now), a -> {});
    } else {
      write(existing.get(0), a -> a.mark(status, by, now));
    }
  }

  /**
   * The class teacher justifies the student's absences and lateness from {@code from} to {@code to}
   * that are not justified yet.
   *
   * @return the number justified
   * @throws BusinessException {@code dateRange.order}, {@code journal.rangeTooLong}
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public int justify(long studentId, LocalDate from, LocalDate to, JustificationReason reason) {
    Actor actor = policy.requireClassTeacherOfStudent(studentId);
    Objects.requireNonNull(reason, "reason");
    JournalRules.requireBoundedRange(from, to);
    return justifyAll(studentId, from, to, reason, null, actor);
  }

  /**
   * Justifies the absences a guardian's note covers, once the class teacher accepted it.
   *
   * @return the number justified
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public int justifyOnNote(long noteId) {
    JustificationNote note = em.find(JustificationNote.class, noteId);
    if (note == null) {
      throw policy.refuse("CLASS_TEACHER_OF_STUDENT", "justificationNote", noteId);
    }
    Actor actor = policy.requireClassTeacherOfStudent(note.getStudent().getId());
    if (note.getStatus() != NoteStatus.ACCEPTED) {
      throw new BusinessException("justificationNote.notAccepted");
    }
    return justifyAll(
        note.getStudent().getId(),
        note.days().start(),
        note.days().end(),
        note.getReason(),
        note,
        actor);
  }

  private int justifyAll(
      long studentId,
      LocalDate from,
      LocalDate to,
      JustificationReason reason,
      JustificationNote note,
      Actor actor) {
    Person by = em.find(Person.class, actor.personId());
    LocalDateTime now = now();
    int justified = 0;
    for (Attendance attendance :
        em.createNamedQuery(Attendance.OF_STUDENT_BETWEEN, Attendance.class)
            .setParameter("studentId", studentId)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()) {
      if (!attendance.isJustified()) {
        write(attendance, a -> a.justify(reason, note, by, now));
        justified++;
      }
    }
    return justified;
  }

  /**
   * The one place an attendance row is created or changed: the closed school year is refused here,
   * and the month lock and the change history belong here too.
   */
  private void write(Attendance attendance, Consumer<Attendance> change) {
    Lesson lesson = attendance.getLesson();
    lesson.getGroup().getSchoolYear().requireWritable();
    changes.requireOpen(lesson.getGroup(), lesson.getLessonDate());
    boolean inserted = attendance.getId() == null;
    Map<String, Object> before = inserted ? null : JournalChanges.of(attendance);
    change.accept(attendance);
    if (inserted) {
      em.persist(attendance);
    }
    changes.record(
        JournalChanges.ATTENDANCE,
        JournalChanges.cellId(lesson.getId(), attendance.getStudent().getId()),
        inserted ? HistoryAction.INSERT : HistoryAction.UPDATE,
        before,
        JournalChanges.of(attendance));
  }

  /** The one place an attendance row is deleted. */
  private void remove(Attendance attendance) {
    Lesson lesson = attendance.getLesson();
    lesson.getGroup().getSchoolYear().requireWritable();
    changes.requireOpen(lesson.getGroup(), lesson.getLessonDate());
    Map<String, Object> before = JournalChanges.of(attendance);
    em.remove(attendance);
    changes.record(
        JournalChanges.ATTENDANCE,
        JournalChanges.cellId(lesson.getId(), attendance.getStudent().getId()),
        HistoryAction.DELETE,
        before,
        null);
  }

  private static LocalDateTime now() {
    return LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
