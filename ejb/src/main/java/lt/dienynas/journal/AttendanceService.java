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
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolYears;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.SchoolClock;

/**
 * Attendance (§23.3, §21.8): the teacher marks who was absent or late; the class teacher justifies
 * it, on their own knowledge or on a guardian's note. Every change of an attendance row goes
 * through {@link #write}.
 */
@Stateless
@Interceptors(InputRefusals.class)
public class AttendanceService {
  @Inject private SchoolClock clock;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private JournalChanges changes;

  @EJB private JournalWrites writes;

  /**
   * Marks a student absent or late in a lesson, or present again ({@code status} null); see {@link
   * #recordAll}.
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR
  })
  public void record(long lessonId, long studentId, AttendanceStatus status) {
    Map<Long, AttendanceStatus> one = new HashMap<>();
    one.put(studentId, status);
    recordAll(lessonId, one);
  }

  /**
   * Marks students absent or late in a lesson, or present again (a null status), all or nothing;
   * the access, the group's membership, the closed school year and the month lock are checked once
   * for the lesson.
   *
   * @param statuses the status per student id; null: present
   * @throws BusinessException {@code journal.notMember}, {@code lesson.notHeld}, {@code
   *     schoolYear.readOnly}, {@code month.locked}
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR
  })
  public void recordAll(long lessonId, Map<Long, AttendanceStatus> statuses) {
    Actor actor = writes.requireLessonAccess(lessonId);
    if (statuses.isEmpty()) {
      return;
    }
    Lesson lesson = em.find(Lesson.class, lessonId);
    Map<Long, Student> students = JournalRules.requireMembers(em, lesson, statuses.keySet());
    Map<Long, Attendance> existing = new HashMap<>();
    for (Attendance a :
        em.createNamedQuery(Attendance.OF_LESSON_AND_STUDENTS, Attendance.class)
            .setParameter("lesson", lesson)
            .setParameter("studentIds", statuses.keySet())
            .getResultList()) {
      existing.put(a.getStudent().getId(), a);
    }
    boolean marking = statuses.values().stream().anyMatch(Objects::nonNull);
    if (marking) {
      lesson.requireHeld();
    }
    Person by = marking ? em.find(Person.class, actor.personId()) : null;
    LocalDateTime now = now();
    List<RowChange> rows = new ArrayList<>();
    for (Map.Entry<Long, AttendanceStatus> entry : statuses.entrySet()) {
      Attendance stored = existing.get(entry.getKey());
      AttendanceStatus status = entry.getValue();
      if (status == null) {
        if (stored != null) {
          rows.add(new RowChange(stored, null));
        }
      } else if (stored == null) {
        rows.add(
            new RowChange(
                new Attendance(lesson, students.get(entry.getKey()), status, by, now), a -> {}));
      } else {
        rows.add(new RowChange(stored, a -> a.mark(status, by, now)));
      }
    }
    if (rows.isEmpty()) {
      // nothing to change: a locked month or a closed year still refuses the attempt
      writes.requireOpen(lesson);
    }
    write(rows);
  }

  /**
   * The class teacher justifies the student's absences and lateness from {@code from} to {@code to}
   * that are not justified yet.
   *
   * @return the number justified
   * @throws BusinessException {@code justificationNote.reason}, {@code dateRange.order}, {@code
   *     journal.rangeTooLong}, {@code schoolYear.range}
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public int justify(
      long studentId,
      LocalDate from,
      LocalDate to,
      @NotNull(message = "{justificationNote.reason}") JustificationReason reason) {
    Actor actor = policy.requireClassTeacherOfStudent(studentId);
    JournalRules.requireBoundedRange(from, to);
    SchoolYears.containing(em, from, to);
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
    List<RowChange> rows = new ArrayList<>();
    for (Attendance attendance :
        em.createNamedQuery(Attendance.OF_STUDENT_BETWEEN, Attendance.class)
            .setParameter("studentId", studentId)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()) {
      if (!attendance.isJustified()) {
        rows.add(new RowChange(attendance, a -> a.justify(reason, note, by, now)));
      }
    }
    write(rows);
    return rows.size();
  }

  /** An attendance row, new or stored, and the change to make to it; a null change deletes it. */
  private record RowChange(Attendance row, Consumer<Attendance> change) {}

  /**
   * The one place attendance rows are created, changed or deleted: the closed school year and the
   * locked month are refused here (once per lesson), and every change goes to the history.
   */
  private void write(List<RowChange> rows) {
    Set<Lesson> checked = new HashSet<>();
    for (RowChange row : rows) {
      Lesson lesson = row.row().getLesson();
      if (checked.add(lesson)) {
        writes.requireOpen(lesson);
      }
    }
    List<JournalChanges.Edit> edits = new ArrayList<>(rows.size());
    for (RowChange row : rows) {
      Attendance attendance = row.row();
      String cell =
          JournalChanges.cellId(attendance.getLesson().getId(), attendance.getStudent().getId());
      if (row.change() == null) {
        Map<String, Object> before = JournalChanges.of(attendance);
        em.remove(attendance);
        edits.add(
            new JournalChanges.Edit(
                JournalChanges.ATTENDANCE, cell, HistoryAction.DELETE, before, null));
        continue;
      }
      boolean inserted = attendance.getId() == null;
      Map<String, Object> before = inserted ? null : JournalChanges.of(attendance);
      row.change().accept(attendance);
      if (inserted) {
        em.persist(attendance);
      }
      edits.add(
          new JournalChanges.Edit(
              JournalChanges.ATTENDANCE,
              cell,
              inserted ? HistoryAction.INSERT : HistoryAction.UPDATE,
              before,
              JournalChanges.of(attendance)));
    }
    changes.recordAll(edits);
  }

  private LocalDateTime now() {
    return clock.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
