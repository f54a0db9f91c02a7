package lt.dienynas.journal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Role;

/**
 * A lesson's record, one student's mark and one student's attendance read with their versions and
 * written against the version the writer read: the JSON API's ETag and If-Match. A write whose
 * version is no longer the current one is refused with {@link StaleWriteException} (the API's 409)
 * and changes nothing; the write itself goes through the feature's one write point ({@link
 * LessonService#record}, {@link MarkService#record}, {@link AttendanceService#record}), which
 * checks the access, the year, the month lock and writes the history. A concurrent write that
 * commits between the check and this one is caught by the entity's {@code @Version} at flush.
 */
@Stateless
@RolesAllowed({
  Role.Names.TEACHER,
  Role.Names.NON_FORMAL_TEACHER,
  Role.Names.PRESCHOOL_TEACHER,
  Role.Names.VDM_EDUCATOR
})
public class VersionedJournalWrites {

  /** What the API shows of a lesson's record. */
  public record LessonView(
      long id,
      java.time.LocalDate date,
      int number,
      long groupId,
      long subjectId,
      LessonRecord record) {}

  /** One student's mark in a lesson as typed in the journal. */
  public record MarkView(
      long lessonId, long studentId, String notation, String comment, String kind) {}

  /** One student's absence or lateness in a lesson. */
  public record AttendanceView(
      long lessonId, long studentId, AttendanceStatus status, String justification) {}

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private JournalWrites writes;

  @EJB private LessonService lessons;

  @EJB private MarkService marks;

  @EJB private AttendanceService attendance;

  /** The lesson's record and version, for whoever may read the group's journal. */
  @PermitAll
  public Versioned<LessonView> lesson(long lessonId) {
    Lesson lesson = readable(lessonId);
    return new Versioned<>(
        new LessonView(
            lesson.getId(),
            lesson.getLessonDate(),
            lesson.getLessonNumber(),
            lesson.getGroup().getId(),
            lesson.getSubject().getId(),
            recordOf(lesson)),
        lessonVersion(lessonId));
  }

  /** The student's mark in the lesson and its version; empty when there is none. */
  @PermitAll
  public Optional<Versioned<MarkView>> mark(long lessonId, long studentId) {
    readable(lessonId);
    return storedMark(lessonId, studentId)
        .map(
            m ->
                new Versioned<>(
                    new MarkView(
                        lessonId,
                        studentId,
                        m.value().notation(),
                        m.value().comment(),
                        m.getKind().name()),
                    markVersion(m)));
  }

  /** The student's attendance in the lesson and its version; empty when they were present. */
  @PermitAll
  public Optional<Versioned<AttendanceView>> attendance(long lessonId, long studentId) {
    readable(lessonId);
    return storedAttendance(lessonId, studentId)
        .map(
            a ->
                new Versioned<>(
                    new AttendanceView(
                        lessonId,
                        studentId,
                        a.getStatus(),
                        a.getJustification().map(Enum::name).orElse(null)),
                    attendanceVersion(a)));
  }

  /**
   * Writes the lesson's record if it is still at {@code expectedVersion} (null: whatever it is).
   *
   * @return the new version
   * @throws StaleWriteException when someone changed the record meanwhile
   */
  public int recordLesson(long lessonId, Integer expectedVersion, LessonRecord record) {
    writes.requireLessonAccess(lessonId);
    Lesson lesson = em.find(Lesson.class, lessonId);
    int current = lessonVersion(lessonId);
    if (expectedVersion != null && expectedVersion != current) {
      throw new StaleWriteException(lesson.getTopic().orElse(""), current);
    }
    lessons.record(lessonId, record);
    em.flush();
    return lessonVersion(lessonId);
  }

  /**
   * Gives, changes or removes ({@code input} null) the student's mark if it is still at {@code
   * expectedVersion} (null: whatever it is).
   *
   * @return the new version; null when removed
   * @throws StaleWriteException when someone changed or removed the mark meanwhile
   */
  public Integer recordMark(
      long lessonId, long studentId, Integer expectedVersion, MarkInput input) {
    writes.requireLessonAccess(lessonId);
    Optional<Mark> stored = storedMark(lessonId, studentId);
    if (expectedVersion != null) {
      Integer current = stored.map(this::markVersion).orElse(null);
      if (!expectedVersion.equals(current)) {
        throw new StaleWriteException(stored.map(m -> m.value().notation()).orElse(""), current);
      }
    }
    marks.record(lessonId, studentId, input);
    em.flush();
    return storedMark(lessonId, studentId).map(this::markVersion).orElse(null);
  }

  /**
   * Records or removes ({@code status} null) the student's absence or lateness if it is still at
   * {@code expectedVersion} (null: whatever it is).
   *
   * @return the new version; null when removed
   * @throws StaleWriteException when someone changed or removed it meanwhile
   */
  public Integer recordAttendance(
      long lessonId, long studentId, Integer expectedVersion, AttendanceStatus status) {
    writes.requireLessonAccess(lessonId);
    Optional<Attendance> stored = storedAttendance(lessonId, studentId);
    if (expectedVersion != null) {
      Integer current = stored.map(this::attendanceVersion).orElse(null);
      if (!expectedVersion.equals(current)) {
        throw new StaleWriteException(
            stored.map(a -> a.getStatus().notation()).orElse(""), current);
      }
    }
    attendance.record(lessonId, studentId, status);
    em.flush();
    return storedAttendance(lessonId, studentId).map(this::attendanceVersion).orElse(null);
  }

  private Lesson readable(long lessonId) {
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw policy.refuse("GROUP_JOURNAL_READ", "lesson", lessonId);
    }
    policy.requireGroupJournalRead(lesson.getGroup().getId());
    return lesson;
  }

  private static LessonRecord recordOf(Lesson lesson) {
    return new LessonRecord(
        lesson.getTopic().orElse(null),
        lesson.getHomework().orElse(null),
        lesson.getHomeworkDue().orElse(null),
        lesson.getNotes().orElse(null),
        lesson.getNotHeldReason().orElse(null),
        lesson.isDistance());
  }

  private Optional<Mark> storedMark(long lessonId, long studentId) {
    List<Mark> found =
        em.createNamedQuery(Mark.OF_LESSON_AND_STUDENTS, Mark.class)
            .setParameter("lesson", em.find(Lesson.class, lessonId))
            .setParameter("studentIds", List.of(studentId))
            .getResultList();
    return found.stream().min(java.util.Comparator.comparing(Mark::getId));
  }

  private Optional<Attendance> storedAttendance(long lessonId, long studentId) {
    return em
        .createNamedQuery(Attendance.OF_LESSON_AND_STUDENTS, Attendance.class)
        .setParameter("lesson", em.find(Lesson.class, lessonId))
        .setParameter("studentIds", List.of(studentId))
        .getResultList()
        .stream()
        .findFirst();
  }

  private int lessonVersion(long lessonId) {
    return em.createQuery("SELECT l.version FROM Lesson l WHERE l.id = :id", Integer.class)
        .setParameter("id", lessonId)
        .getSingleResult();
  }

  private int markVersion(Mark mark) {
    return em.createQuery("SELECT m.version FROM Mark m WHERE m.id = :id", Integer.class)
        .setParameter("id", mark.getId())
        .getSingleResult();
  }

  private int attendanceVersion(Attendance a) {
    return em.createQuery("SELECT a.version FROM Attendance a WHERE a.id = :id", Integer.class)
        .setParameter("id", a.getId())
        .getSingleResult();
  }
}
