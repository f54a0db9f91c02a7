package lt.dienynas.timetable;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lt.dienynas.journal.LessonService;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;

/**
 * The timetable (§18.8, §21.2, §23.2): teachers enter their own weekly lessons, a clash of a
 * teacher, a group or a room in one slot is refused, the class teacher and the admin see a class's
 * week, and a leaving teacher's lessons end from a date.
 */
@Stateless
@Interceptors(InputRefusals.class)
@RolesAllowed({
  Role.Names.TEACHER,
  Role.Names.NON_FORMAL_TEACHER,
  Role.Names.PRESCHOOL_TEACHER,
  Role.Names.VDM_EDUCATOR,
  Role.Names.CLASS_TEACHER,
  Role.Names.DIRECTOR,
  Role.Names.DEPUTY,
  Role.Names.DB_ADMIN
})
public class TimetableService {

  private static final String SELECT_ENTRY =
      "SELECT NEW lt.dienynas.timetable.TimetableEntry(s.id, s.weekday, s.lessonNumber, g.id,"
          + " g.name, sub.id, sub.name, t.id, t.firstName, t.lastName, s.room, s.validFrom,"
          + " s.validTo, s.version) FROM TimetableSlot s JOIN s.group g JOIN s.subject sub"
          + " JOIN s.teacher t";

  private static final String ENTRY =
      SELECT_ENTRY + " WHERE s.validFrom <= :date AND (s.validTo IS NULL OR s.validTo >= :date)";

  private static final String ORDER = " ORDER BY s.weekday, s.lessonNumber, g.name";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private Actors actors;

  @EJB private LessonService lessons;

  /**
   * Enters a weekly lesson: a teacher their own lesson of a group they teach, the DB admin
   * anyone's.
   *
   * @return the id of the weekly lesson
   * @throws BusinessException {@code timetable.clash.teacher}, {@code timetable.clash.group},
   *     {@code timetable.clash.room}, {@code timetable.weekday}, {@code timetable.lessonNumber},
   *     {@code timetable.room}, {@code timetable.subject}, {@code schoolYear.outside}, {@code
   *     schoolYear.readOnly}, {@code staff.inactive}
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.DB_ADMIN
  })
  public long add(@NotNull @Valid NewTimetableSlot entry) {
    Actor caller = actors.current();
    long teacherId = entry.teacherId() == null ? caller.personId() : entry.teacherId();
    policy.requireTimetableWrite(entry.groupId(), teacherId);
    StudyGroup group = em.find(StudyGroup.class, entry.groupId());
    Subject subject = em.find(Subject.class, entry.subjectId());
    StaffMember teacher = em.find(StaffMember.class, teacherId);
    if (group == null || subject == null || teacher == null) {
      throw new BusinessException("timetable.unknown");
    }
    TimetableSlot slot =
        new TimetableSlot(
            group,
            subject,
            teacher,
            entry.weekday(),
            entry.lessonNumber(),
            entry.room(),
            entry.validFrom());
    for (TimetableSlot other :
        em.createNamedQuery(TimetableSlot.IN_SAME_SLOT, TimetableSlot.class)
            .setParameter("year", group.getSchoolYear())
            .setParameter("weekday", slot.getWeekday().getValue())
            .setParameter("lessonNumber", slot.getLessonNumber())
            .setParameter("from", slot.getValidFrom())
            .getResultList()) {
      Optional<TimetableSlot.Clash> clash = slot.clashWith(other);
      if (clash.isPresent()) {
        throw clashError(clash.get(), other);
      }
    }
    em.persist(slot);
    em.flush();
    return slot.getId();
  }

  private static BusinessException clashError(TimetableSlot.Clash clash, TimetableSlot other) {
    int day = other.getWeekday().getValue();
    int number = other.getLessonNumber();
    return switch (clash) {
      case TEACHER ->
          new BusinessException(
              "timetable.clash.teacher",
              other.getTeacher().getFullName(),
              day,
              number,
              other.getGroup().getName());
      case GROUP ->
          new BusinessException(
              "timetable.clash.group",
              other.getGroup().getName(),
              day,
              number,
              other.getSubject().getName(),
              other.getTeacher().getFullName());
      case ROOM ->
          new BusinessException(
              "timetable.clash.room",
              other.getRoom().orElse(""),
              day,
              number,
              other.getGroup().getName(),
              other.getTeacher().getFullName());
    };
  }

  /**
   * The weekly lesson is no longer given from a date; the lessons generated from it from that date
   * with nothing written in them go too. A weekly lesson never given before that date is removed.
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.DB_ADMIN
  })
  public void end(long slotId, LocalDate from) {
    end(slotId, from, null);
  }

  /**
   * Ends the weekly lesson as {@link #end(long, LocalDate)} does, if it is still at the version the
   * writer read.
   *
   * @param expectedVersion the version read; null to end it whatever it is now
   * @throws StaleWriteException {@code timetable.stale} (what it is now) or {@code
   *     timetable.staleRemoved} when someone changed or removed it meanwhile
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.DB_ADMIN
  })
  public void end(long slotId, LocalDate from, Integer expectedVersion) {
    TimetableSlot slot = em.find(TimetableSlot.class, slotId);
    if (slot == null) {
      if (expectedVersion != null) {
        throw StaleWriteException.of(null, "timetable.staleRemoved");
      }
      throw policy.refuse("TIMETABLE_WRITE", "timetableSlot", slotId);
    }
    policy.requireTimetableWrite(slot.getGroup().getId(), slot.getTeacher().getId());
    if (StaleWriteException.isStale(expectedVersion, slot.getVersion())) {
      throw stale(slot);
    }
    lessons.removeBlankLessonsOfSlot(slotId, from);
    if (!slot.endBefore(from)) {
      em.remove(slot);
    }
  }

  /**
   * One weekly lesson with its version, for whoever may change it (its teacher, the DB admin).
   *
   * @throws lt.dienynas.security.AccessDeniedException also when there is no such lesson
   */
  public TimetableEntry slot(long slotId) {
    TimetableSlot slot = em.find(TimetableSlot.class, slotId);
    if (slot == null) {
      throw policy.refuse("TIMETABLE_WRITE", "timetableSlot", slotId);
    }
    policy.requireTimetableWrite(slot.getGroup().getId(), slot.getTeacher().getId());
    return em.createQuery(SELECT_ENTRY + " WHERE s.id = :id", TimetableEntry.class)
        .setParameter("id", slotId)
        .getSingleResult();
  }

  private static StaleWriteException stale(TimetableSlot slot) {
    return StaleWriteException.of(
        slot.getVersion(),
        "timetable.stale",
        slot.getGroup().getName(),
        slot.getSubject().getName(),
        slot.getWeekday().getValue(),
        slot.getLessonNumber(),
        slot.getValidFrom(),
        slot.getValidTo().map(Object::toString).orElse("…"));
  }

  /**
   * A leaving teacher's weekly lessons end from a date (§23.2, §31), and their lessons from that
   * date with nothing written in them are removed.
   *
   * @return the number of weekly lessons ended
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public int removeTeacher(long teacherId, LocalDate from) {
    policy.requireAdministration("TIMETABLE_REMOVE_TEACHER");
    lessons.removeBlankLessonsOf(teacherId, from);
    List<TimetableSlot> slots =
        em.createNamedQuery(TimetableSlot.OF_TEACHER_FROM, TimetableSlot.class)
            .setParameter("teacherId", teacherId)
            .setParameter("from", from)
            .getResultList();
    for (TimetableSlot slot : slots) {
      if (!slot.endBefore(from)) {
        em.remove(slot);
      }
    }
    return slots.size();
  }

  /** The calling teacher's weekly lessons valid on a date. */
  public List<TimetableEntry> mine(LocalDate date) {
    Actor actor = actors.current();
    return em.createQuery(ENTRY + " AND t.id = :teacherId" + ORDER, TimetableEntry.class)
        .setParameter("date", date)
        .setParameter("teacherId", actor.personId())
        .getResultList();
  }

  /**
   * A class's week (all its groups) valid on a date: for its class teacher, teachers, the admin.
   */
  public List<TimetableEntry> ofClass(long classId, LocalDate date) {
    policy.requireClassRead(classId);
    return em.createQuery(ENTRY + " AND g.schoolClass.id = :classId" + ORDER, TimetableEntry.class)
        .setParameter("date", date)
        .setParameter("classId", classId)
        .getResultList();
  }
}
