package lt.dienynas.support;

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
import java.util.Map;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.people.StudentClasses;
import lt.dienynas.people.StudentClasses.ClassOf;
import lt.dienynas.school.SchoolYears;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * The specialists' progress notes (§26.1, §27.1): a specialist who supports a student writes one
 * for a day and later corrects their own; the day's school year must be open and its month not
 * locked, and the history keeps every version.
 */
@Stateless
@Interceptors(InputRefusals.class)
@RolesAllowed({
  Role.Names.SOCIAL_PEDAGOGUE,
  Role.Names.PSYCHOLOGIST,
  Role.Names.SPECIAL_PEDAGOGUE,
  Role.Names.SPEECH_THERAPIST,
  Role.Names.CAREER_SPECIALIST
})
@HistorySource("progress notes")
public class ProgressNoteService {
  static final String ENTITY = "progress_note";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @EJB private MonthLockService locks;

  @EJB private StudentClasses classes;

  /**
   * @return the new note's id
   * @throws BusinessException {@code progressNote.text}, {@code progressNote.date}, {@code
   *     plainText.invalid}, {@code schoolYear.range}, {@code schoolYear.readOnly}, {@code
   *     month.locked}
   */
  public long add(long studentId, LocalDate date, @PlainText String text) {
    Actor actor = policy.requireSupportedStudent(studentId);
    ProgressNote note =
        new ProgressNote(
            em.find(Student.class, studentId),
            em.find(Person.class, actor.personId()),
            date,
            text,
            now());
    requireOpen(studentId, date);
    em.persist(note);
    em.flush();
    history.record(Change.inserted(ENTITY, note.getId(), note.values()));
    return note.getId();
  }

  /**
   * The author corrects the note; {@code version} is the one they read.
   *
   * @throws StaleWriteException someone changed it meanwhile
   * @throws BusinessException as {@link #add}
   */
  public void change(long noteId, int version, LocalDate date, @PlainText String text) {
    policy.requireProgressNoteChange(noteId);
    ProgressNote note = em.find(ProgressNote.class, noteId);
    if (note.getVersion() != version) {
      throw StaleWriteException.of(note.getVersion(), "progressNote.stale", note.getText());
    }
    long studentId = note.getStudent().getId();
    requireOpen(studentId, note.getNoteDate());
    Map<String, Object> before = note.values();
    note.change(date, text, now());
    requireOpen(studentId, date);
    em.flush();
    history.record(Change.updated(ENTITY, noteId, before, note.values()));
  }

  private void requireOpen(long studentId, LocalDate date) {
    if (date == null) {
      throw new BusinessException("progressNote.date");
    }
    SchoolYears.containing(em, date, date).requireWritable();
    locks.requireOpen(classes.of(studentId).map(ClassOf::classId).orElse(null), date);
  }

  private LocalDateTime now() {
    return clock.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
