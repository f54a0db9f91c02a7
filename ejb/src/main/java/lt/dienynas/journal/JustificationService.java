package lt.dienynas.journal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.SchoolYears;
import lt.dienynas.school.WorkingDayCalendar;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.DateRange;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * Justification of missed lessons (§21.8): a guardian sends a note, the class teacher accepts it
 * (the absences it covers become justified) or rejects it, within 2 working days of receiving it;
 * the ones past that are listed as overdue.
 */
@Stateless
@Interceptors(InputRefusals.class)
public class JustificationService {
  @Inject private SchoolClock clock;

  /** The longest stretch one note may cover. */
  static final int MAX_NOTE_DAYS = 31;

  /** How far back the class teacher's list of unjustified absences and decided notes reaches. */
  static final int LIST_DAYS = 60;

  private static final String STUDENTS_OF_CLASS =
      "SELECT m.student.id FROM GroupMember m WHERE m.group.schoolClass.id = :classId"
          + " AND m.group.kind = lt.dienynas.school.GroupKind.CLASS";

  private static final String NOTES_OF_CLASS =
      "SELECT n, s.firstName, s.lastName, g.firstName, g.lastName, s.id FROM JustificationNote n"
          + " JOIN n.student s JOIN n.guardian g WHERE s.id IN ("
          + STUDENTS_OF_CLASS
          + ") AND (n.status = lt.dienynas.journal.NoteStatus.SUBMITTED OR n.decidedAt >= :since)"
          + " ORDER BY n.submittedAt";

  private static final String NOTES_OF_STUDENT =
      "SELECT n, s.firstName, s.lastName, g.firstName, g.lastName, s.id FROM JustificationNote n"
          + " JOIN n.student s JOIN n.guardian g WHERE s.id = :studentId"
          + " ORDER BY n.submittedAt DESC";

  private static final String UNJUSTIFIED_OF_CLASS =
      "SELECT a.id, s.id, s.firstName, s.lastName, l.lessonDate, l.lessonNumber, sub.name,"
          + " a.status FROM Attendance a JOIN a.student s JOIN a.lesson l JOIN l.subject sub"
          + " WHERE s.id IN ("
          + STUDENTS_OF_CLASS
          + ") AND a.justification IS NULL AND l.lessonDate BETWEEN :from AND :to"
          + " ORDER BY s.lastName, s.firstName, l.lessonDate, l.lessonNumber";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private AttendanceService attendance;

  /**
   * A guardian's note that the child's absences over some days were for a reason.
   *
   * @return the note's id
   * @throws BusinessException {@code dateRange.order}, {@code schoolYear.range}, {@code
   *     justificationNote.tooLong}, {@code justificationNote.reason}, {@code
   *     justificationNote.textLength}
   */
  @RolesAllowed(Role.Names.GUARDIAN)
  public long submit(
      long studentId,
      LocalDate from,
      LocalDate to,
      JustificationReason reason,
      @PlainText String text) {
    Actor actor = policy.requireGuardianOf(studentId);
    SchoolYears.containing(em, from, to);
    DateRange days = new DateRange(from, to);
    if (from.plusDays(MAX_NOTE_DAYS).isBefore(to)) {
      throw new BusinessException("justificationNote.tooLong", MAX_NOTE_DAYS);
    }
    JustificationNote note =
        new JustificationNote(
            em.find(Student.class, studentId),
            em.find(Guardian.class, actor.personId()),
            days,
            reason,
            text,
            now());
    em.persist(note);
    em.flush();
    return note.getId();
  }

  /**
   * The class teacher accepts a note: the absences and lateness it covers become justified.
   *
   * @return the number of lessons justified
   * @throws BusinessException {@code justificationNote.decided}
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public int accept(long noteId) {
    JustificationNote note = noteOfMyStudent(noteId);
    Actor actor = policy.requireClassTeacherOfStudent(note.getStudent().getId());
    note.accept(em.find(Person.class, actor.personId()), now());
    return attendance.justifyOnNote(noteId);
  }

  /**
   * @throws BusinessException {@code justificationNote.decided}, {@code
   *     justificationNote.textLength}
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public void reject(long noteId, @PlainText String comment) {
    JustificationNote note = noteOfMyStudent(noteId);
    Actor actor = policy.requireClassTeacherOfStudent(note.getStudent().getId());
    note.reject(em.find(Person.class, actor.personId()), now(), comment);
  }

  /** A student's notes, newest first: for the guardian (and anyone who reads the diary). */
  @RolesAllowed({
    Role.Names.GUARDIAN,
    Role.Names.CLASS_TEACHER,
    Role.Names.DIRECTOR,
    Role.Names.DEPUTY,
    Role.Names.DB_ADMIN
  })
  public List<PendingNote> notesOf(long studentId, LocalDate asOf) {
    policy.requireStudentDiaryRead(studentId);
    List<Object[]> rows =
        em.createQuery(NOTES_OF_STUDENT, Object[].class)
            .setParameter("studentId", studentId)
            .getResultList();
    return views(rows, asOf);
  }

  /**
   * The class teacher's list for a class as of a day: waiting notes with their deadlines, notes
   * decided in the last {@value #LIST_DAYS} days, absences of those days not justified yet.
   */
  @RolesAllowed({
    Role.Names.CLASS_TEACHER,
    Role.Names.DIRECTOR,
    Role.Names.DEPUTY,
    Role.Names.DB_ADMIN
  })
  public ClassJustifications ofClass(long classId, LocalDate asOf) {
    policy.requireClassRead(classId);
    SchoolClass schoolClass = em.find(SchoolClass.class, classId);
    if (schoolClass == null) {
      throw policy.refuse("CLASS_READ", "class", classId);
    }
    LocalDate since = asOf.minusDays(LIST_DAYS);
    List<Object[]> rows =
        em.createQuery(NOTES_OF_CLASS, Object[].class)
            .setParameter("classId", classId)
            .setParameter("since", since.atStartOfDay())
            .getResultList();
    List<PendingNote> all = views(rows, asOf, schoolClass.getSchoolYear());
    List<UnjustifiedAbsence> unjustified = new ArrayList<>();
    for (Object[] r :
        em.createQuery(UNJUSTIFIED_OF_CLASS, Object[].class)
            .setParameter("classId", classId)
            .setParameter("from", since)
            .setParameter("to", asOf)
            .getResultList()) {
      unjustified.add(
          new UnjustifiedAbsence(
              (Long) r[0],
              (Long) r[1],
              r[2] + " " + r[3],
              (LocalDate) r[4],
              (Integer) r[5],
              (String) r[6],
              (AttendanceStatus) r[7]));
    }
    return new ClassJustifications(
        classId,
        schoolClass.getName(),
        asOf,
        all.stream().filter(n -> n.status() == NoteStatus.SUBMITTED).toList(),
        all.stream().filter(n -> n.status() != NoteStatus.SUBMITTED).toList(),
        unjustified);
  }

  private JustificationNote noteOfMyStudent(long noteId) {
    JustificationNote note = em.find(JustificationNote.class, noteId);
    if (note == null) {
      throw policy.refuse("CLASS_TEACHER_OF_STUDENT", "justificationNote", noteId);
    }
    return note;
  }

  private List<PendingNote> views(List<Object[]> rows, LocalDate asOf) {
    if (rows.isEmpty()) {
      return List.of();
    }
    JustificationNote first = (JustificationNote) rows.get(0)[0];
    List<SchoolYear> years =
        em.createNamedQuery(SchoolYear.FIND_CONTAINING, SchoolYear.class)
            .setParameter("date", first.days().start())
            .getResultList();
    return views(rows, asOf, years.isEmpty() ? null : years.get(0));
  }

  private static List<PendingNote> views(List<Object[]> rows, LocalDate asOf, SchoolYear year) {
    WorkingDayCalendar calendar =
        year == null ? new WorkingDayCalendar(List.of()) : year.calendar();
    List<PendingNote> views = new ArrayList<>();
    for (Object[] r : rows) {
      JustificationNote n = (JustificationNote) r[0];
      LocalDate deadline = n.deadline(calendar);
      views.add(
          new PendingNote(
              n.getId(),
              (Long) r[5],
              r[1] + " " + r[2],
              r[3] + " " + r[4],
              n.days().start(),
              n.days().end(),
              n.getReason(),
              n.getText().orElse(null),
              n.getSubmittedAt(),
              n.getStatus(),
              deadline,
              n.getStatus() == NoteStatus.SUBMITTED && asOf.isAfter(deadline),
              n.getDecisionComment().orElse(null)));
    }
    return views;
  }

  private LocalDateTime now() {
    return clock.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
