package lt.dienynas.journal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.school.TeachingAssignment;
import lt.dienynas.school.WorkingDayCalendar;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.security.JournalWriteWindow;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.timetable.TimetableSlot;

/**
 * Lessons: generated from the timetable on school days, added by hand, their record written by the
 * teacher or the substitute, substitutions arranged. Every change of a lesson goes through {@link
 * #write}.
 */
@Stateless
@Interceptors(InputRefusals.class)
@RolesAllowed({
  Role.Names.TEACHER,
  Role.Names.NON_FORMAL_TEACHER,
  Role.Names.PRESCHOOL_TEACHER,
  Role.Names.VDM_EDUCATOR,
  Role.Names.DB_ADMIN,
  Role.Names.DEPUTY
})
public class LessonService {

  private static final String MARKS_OR_ATTENDANCE =
      "SELECT (SELECT COUNT(*) FROM mark WHERE lesson_id = ?1)"
          + " + (SELECT COUNT(*) FROM attendance WHERE lesson_id = ?1)"
          + " + (SELECT COUNT(*) FROM student_note WHERE lesson_id = ?1)";

  /** Which of the lessons (ids, numbers only) have marks, attendance or remarks. */
  private static final String WITH_ENTRIES =
      "SELECT l.id FROM lesson l WHERE l.id IN (%1$s) AND (EXISTS (SELECT 1 FROM mark m WHERE"
          + " m.lesson_id = l.id) OR EXISTS (SELECT 1 FROM attendance a WHERE a.lesson_id = l.id)"
          + " OR EXISTS (SELECT 1 FROM student_note n WHERE n.lesson_id = l.id))"
          + " ORDER BY l.lesson_date, l.lesson_number";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private Actors actors;

  @EJB private JournalChanges changes;

  @EJB private JournalWrites writes;

  @jakarta.inject.Inject private jakarta.enterprise.event.Event<LessonMoved> moved;

  /** Whether the calling person may create the group's lessons ({@link #generate}). */
  @PermitAll
  public boolean mayGenerate(long groupId) {
    return policy.mayPlanGroup(actors.current(), groupId);
  }

  /**
   * Creates the group's lessons from its timetable for every school day from {@code from} to {@code
   * to} (public and school holidays skipped); lessons already there stay as they are. The DB admin
   * creates all of them, a teacher those of the subjects they teach the group on each day. A lesson
   * created on a day marked not held or remote ({@link SchoolDayService}: the group's class or the
   * whole school) carries the mark, like the lessons that were there when the day was marked.
   *
   * @return the number of lessons created
   * @throws BusinessException {@code dateRange.order}, {@code journal.rangeTooLong}, {@code
   *     schoolYear.readOnly}
   */
  public int generate(long groupId, LocalDate from, LocalDate to) {
    Actor actor = policy.requireGroupPlanning(groupId);
    JournalRules.requireBoundedRange(from, to);
    StudyGroup group = em.find(StudyGroup.class, groupId);
    if (group == null) {
      throw policy.refuse("GROUP_PLANNING", "group", groupId);
    }
    SchoolYear year = group.getSchoolYear();
    year.requireWritable();
    LocalDate start = from.isBefore(year.getStartDate()) ? year.getStartDate() : from;
    LocalDate end = to.isAfter(year.getEndDate()) ? year.getEndDate() : to;
    if (end.isBefore(start)) {
      return 0;
    }
    List<TimetableSlot> slots =
        em.createNamedQuery(TimetableSlot.OF_GROUP_BETWEEN, TimetableSlot.class)
            .setParameter("group", group)
            .setParameter("from", start)
            .setParameter("to", end)
            .getResultList();
    Set<String> taken = new HashSet<>();
    for (Lesson lesson : lessonsOf(group, start, end)) {
      taken.add(lesson.getLessonDate() + "#" + lesson.getLessonNumber());
    }
    // a lesson moved away (§23.13) is not generated again at the place it left
    for (Lesson lesson :
        em.createNamedQuery(Lesson.MOVED_FROM_BETWEEN, Lesson.class)
            .setParameter("group", group)
            .setParameter("from", start)
            .setParameter("to", end)
            .getResultList()) {
      taken.add(lesson.getMovedFromDate().orElseThrow() + "#" + lesson.getMovedFromNumber().get());
    }
    // a day marked not held or remote (§23.3, §23.15) before its lessons were created: the lessons
    // created now carry the mark, as the ones there when it was marked do
    Map<LocalDate, SchoolDayView> marked = dayMarks(group, year, start, end);
    WorkingDayCalendar calendar = year.calendar();
    // The DB admin sets up the whole group's journal; a teacher generates only the lessons of the
    // subjects they are assigned to teach the group on each day, never a colleague's.
    JournalWriteWindow window =
        policy.mayAdminister(actor) ? null : policy.journalWriteWindow(actor, groupId);
    int created = 0;
    for (LocalDate day : calendar.schoolDays(start, end)) {
      for (TimetableSlot slot : slots) {
        if (slot.isGivenOn(day)
            && (window == null || window.assignedTo(slot.getSubject().getId(), day))
            && taken.add(day + "#" + slot.getLessonNumber())) {
          Lesson lesson =
              new Lesson(
                  group, slot.getSubject(), slot.getTeacher(), day, slot.getLessonNumber(), slot);
          SchoolDayView mark = marked.get(day);
          write(lesson, l -> carry(l, mark));
          created++;
        }
      }
    }
    return created;
  }

  /**
   * Why {@link #generate} creates no lesson for the group from {@code from} to {@code to}: the
   * bundle key of the reason (the range outside the school year, no school day in it, no weekly
   * lesson of the group's timetable in it, or every lesson of the timetable already there).
   */
  public String noLessonsReason(long groupId, LocalDate from, LocalDate to) {
    policy.requireGroupPlanning(groupId);
    JournalRules.requireBoundedRange(from, to);
    StudyGroup group = em.find(StudyGroup.class, groupId);
    if (group == null) {
      throw policy.refuse("GROUP_PLANNING", "group", groupId);
    }
    SchoolYear year = group.getSchoolYear();
    LocalDate start = from.isBefore(year.getStartDate()) ? year.getStartDate() : from;
    LocalDate end = to.isAfter(year.getEndDate()) ? year.getEndDate() : to;
    if (end.isBefore(start)) {
      return "journal.generatedNone.outsideYear";
    }
    List<LocalDate> days = year.calendar().schoolDays(start, end);
    if (days.isEmpty()) {
      return "journal.generatedNone.noSchoolDays";
    }
    List<TimetableSlot> slots =
        em.createNamedQuery(TimetableSlot.OF_GROUP_BETWEEN, TimetableSlot.class)
            .setParameter("group", group)
            .setParameter("from", start)
            .setParameter("to", end)
            .getResultList();
    boolean given = days.stream().anyMatch(day -> slots.stream().anyMatch(s -> s.isGivenOn(day)));
    return given ? "journal.generatedNone.allExist" : "journal.generatedNone.noTimetable";
  }

  /**
   * A lesson added by hand on a school day; see {@link #add(long, LocalDate, int, Long, boolean)}.
   */
  public long add(long groupId, LocalDate date, int lessonNumber, Long subjectId) {
    return add(groupId, date, lessonNumber, subjectId, false);
  }

  /**
   * A lesson added by hand by a teacher of the group on that date, in the subject they teach it
   * ({@code subjectId} chooses one when they teach several). Lessons are given on school days; a
   * weekend, a public holiday or a school holiday only when the teacher says it is an exception (a
   * school event on a Saturday).
   *
   * @param exceptionalDay the teacher states that the lesson is given on a day without lessons
   * @return the new lesson's id
   * @throws BusinessException {@code lesson.exists}, {@code lesson.noSubject}, {@code
   *     lesson.notSchoolDay}, {@code timetable.lessonNumber}, {@code schoolYear.outside}, {@code
   *     schoolYear.readOnly}
   */
  public long add(
      long groupId, LocalDate date, int lessonNumber, Long subjectId, boolean exceptionalDay) {
    Actor actor =
        subjectId == null
            ? policy.requireGroupJournalWrite(groupId, date)
            : policy.requireSubjectJournalWrite(groupId, subjectId, date);
    StudyGroup group = em.find(StudyGroup.class, groupId);
    Subject subject =
        em
            .createNamedQuery(TeachingAssignment.FIND_ACTIVE_BY_GROUP, TeachingAssignment.class)
            .setParameter("group", group)
            .setParameter("date", date)
            .getResultList()
            .stream()
            .filter(a -> a.getTeacher().getId() == actor.personId())
            .map(TeachingAssignment::getSubject)
            .filter(s -> subjectId == null || s.getId().equals(subjectId))
            .findFirst()
            .orElseThrow(() -> new BusinessException("lesson.noSubject", group.getName()));
    if (!exceptionalDay
        && group.getSchoolYear().contains(date)
        && !group.getSchoolYear().calendar().isSchoolDay(date)) {
      throw new BusinessException("lesson.notSchoolDay", date);
    }
    boolean taken =
        lessonsOf(group, date, date).stream().anyMatch(l -> l.getLessonNumber() == lessonNumber);
    if (taken) {
      throw new BusinessException("lesson.exists", group.getName(), date, lessonNumber);
    }
    Lesson lesson =
        new Lesson(
            group, subject, em.find(StaffMember.class, actor.personId()), date, lessonNumber, null);
    // on a day marked for the class or the school the lesson carries the mark (a remote day's
    // lesson is remote, a cold day's is not held), unless the teacher gives it as an exception
    SchoolDayView mark =
        exceptionalDay ? null : dayMarks(group, group.getSchoolYear(), date, date).get(date);
    write(lesson, l -> carry(l, mark));
    em.flush();
    return lesson.getId();
  }

  /** The days of the range marked not held or remote for the group's class or the whole school. */
  private Map<LocalDate, SchoolDayView> dayMarks(
      StudyGroup group, SchoolYear year, LocalDate start, LocalDate end) {
    Map<LocalDate, SchoolDayView> marked = new HashMap<>();
    for (SchoolDayView mark :
        SchoolDays.of(
            em,
            List.of(year.getId()),
            group.getSchoolClass().map(c -> List.of(c.getId())).orElse(List.of()),
            start,
            end)) {
      marked.put(mark.day(), mark);
    }
    return marked;
  }

  private static void carry(Lesson lesson, SchoolDayView mark) {
    if (mark != null && mark.isRemote()) {
      lesson.markDistance(true);
    } else if (mark != null) {
      lesson.markNotHeld(mark.reason());
    }
  }

  /**
   * Writes what the lesson was about (§23.3): by the group's teacher or the lesson's substitute.
   *
   * @throws BusinessException {@code lesson.topicLength}, {@code lesson.textLength}, {@code
   *     lesson.homeworkDue}, {@code plainText.invalid}
   */
  public void record(long lessonId, @Valid LessonRecord record) {
    writes.requireLessonAccess(lessonId);
    write(em.find(Lesson.class, lessonId), lesson -> lesson.record(record));
  }

  /**
   * A substitute gives the lesson (§23.16, §19.8) and fills its journal; {@code null} gives it back
   * to its own teacher. Arranged by the deputy or the DB admin.
   *
   * @throws BusinessException {@code lesson.substituteRole}, {@code lesson.substituteSelf}, {@code
   *     staff.inactive}
   */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DB_ADMIN})
  public void assignSubstitute(long lessonId, Long substituteId) {
    policy.requireSubstitutionArrangement();
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw policy.refuse("SUBSTITUTION_ARRANGE", "lesson", lessonId);
    }
    StaffMember substitute = null;
    if (substituteId != null) {
      substitute = em.find(StaffMember.class, substituteId);
      if (substitute == null
          || !(substitute.hasRole(Role.TEACHER)
              || substitute.hasRole(Role.NON_FORMAL_TEACHER)
              || substitute.hasRole(Role.PRESCHOOL_TEACHER)
              || substitute.hasRole(Role.VDM_EDUCATOR))) {
        throw new BusinessException("lesson.substituteRole");
      }
    }
    StaffMember chosen = substitute;
    write(lesson, l -> l.substituteBy(chosen));
  }

  /**
   * Moves a lesson to another date or lesson number (§23.13): by whoever may fill it, or the deputy
   * or the DB admin. The place must be free in the group and a school day unless {@code
   * exceptionalDay}; both months must be open. The students of the group (grades 5–8) and the
   * guardians are told where it moved and why, in this transaction ({@link LessonMoved}).
   *
   * @param expectedVersion the lesson's version the caller read (null: whatever it is)
   * @return the lesson's new version
   * @throws BusinessException {@code lesson.moveReason}, {@code lesson.moveSame}, {@code
   *     lesson.exists}, {@code lesson.notSchoolDay}, {@code schoolYear.outside}, {@code
   *     timetable.lessonNumber}, {@code month.locked}, {@code journal.datesRequired}
   * @throws StaleWriteException when the lesson changed since the caller read it
   */
  public int move(
      long lessonId, Integer expectedVersion, @Valid LessonMove move, boolean exceptionalDay) {
    policy.requireLessonMove(lessonId);
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw policy.refuse("LESSON_MOVE", "lesson", lessonId);
    }
    if (move == null || move.date() == null || move.lessonNumber() == null) {
      throw new BusinessException("journal.datesRequired");
    }
    if (expectedVersion != null && expectedVersion != lesson.getVersion()) {
      throw new StaleWriteException(lesson.getLessonDate().toString(), lesson.getVersion());
    }
    StudyGroup group = lesson.getGroup();
    LocalDate date = move.date();
    int number = move.lessonNumber();
    if (!exceptionalDay
        && group.getSchoolYear().contains(date)
        && !group.getSchoolYear().calendar().isSchoolDay(date)) {
      throw new BusinessException("lesson.notSchoolDay", date);
    }
    boolean taken =
        lessonsOf(group, date, date).stream()
            .anyMatch(l -> l.getLessonNumber() == number && !l.getId().equals(lesson.getId()));
    if (taken) {
      throw new BusinessException("lesson.exists", group.getName(), date, number);
    }
    writes.requireOpen(group, date);
    LocalDate fromDate = lesson.getLessonDate();
    int fromNumber = lesson.getLessonNumber();
    write(lesson, l -> l.moveTo(date, number, move.reason()));
    em.flush();
    moved.fire(
        new LessonMoved(
            lesson.getId(),
            group.getId(),
            group.getName(),
            lesson.getSubject().getName(),
            fromDate,
            fromNumber,
            date,
            number,
            lesson.getMoveReason().orElse("")));
    return lesson.getVersion();
  }

  /**
   * The lessons of a marked school day (§23.3, §23.15): not held for {@code reason} ({@code null}:
   * held after all), in one action of the deputy or the DB admin ({@link SchoolDayService}). A
   * lesson that already has marks, attendance or remarks is refused, naming it: those entries
   * belong to a lesson that took place.
   *
   * @throws BusinessException {@code schoolDay.lessonHasEntries}, {@code month.locked}, {@code
   *     schoolYear.readOnly}
   */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DB_ADMIN})
  public void markNotHeld(List<Lesson> dayLessons, NotHeldReason reason) {
    policy.requireSchoolDayMarking();
    if (reason != null && !dayLessons.isEmpty()) {
      String ids =
          dayLessons.stream()
              .map(l -> String.valueOf(l.getId()))
              .collect(java.util.stream.Collectors.joining(","));
      List<?> used =
          em.createNativeQuery(String.format(WITH_ENTRIES, ids)).setMaxResults(1).getResultList();
      if (!used.isEmpty()) {
        long usedId = ((Number) used.get(0)).longValue();
        Lesson l = em.find(Lesson.class, usedId);
        throw new BusinessException(
            "schoolDay.lessonHasEntries",
            l.getLessonDate(),
            l.getLessonNumber(),
            l.getGroup().getName(),
            l.getSubject().getName());
      }
    }
    for (Lesson lesson : dayLessons) {
      if (lesson.getNotHeldReason().orElse(null) != reason) {
        write(lesson, l -> l.markNotHeld(reason));
      }
    }
  }

  /**
   * The lessons of a remote-teaching day (§23.15): given remotely ({@code false}: the mark was
   * taken back), in one action of the deputy or the DB admin ({@link SchoolDayService}).
   *
   * @throws BusinessException {@code month.locked}, {@code schoolYear.readOnly}
   */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DB_ADMIN})
  public void markDistance(List<Lesson> dayLessons, boolean remote) {
    policy.requireSchoolDayMarking();
    for (Lesson lesson : dayLessons) {
      if (lesson.isDistance() != remote) {
        write(lesson, l -> l.markDistance(remote));
      }
    }
  }

  /**
   * Removes a leaving teacher's lessons from a date that nothing was written in yet (§23.2); the
   * lessons with a record, marks or attendance stay.
   *
   * @return the number removed
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public int removeBlankLessonsOf(long teacherId, LocalDate from) {
    policy.requireAdministration("LESSONS_OF_LEAVING_TEACHER");
    return removeBlank(
        em.createNamedQuery(Lesson.OF_TEACHER_FROM, Lesson.class)
            .setParameter("teacherId", teacherId)
            .setParameter("from", from)
            .getResultList());
  }

  /**
   * Removes the lessons generated from a weekly lesson that is no longer given from a date, when
   * nothing was written in them yet.
   *
   * @return the number removed
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.DB_ADMIN
  })
  public int removeBlankLessonsOfSlot(long slotId, LocalDate from) {
    TimetableSlot slot = em.find(TimetableSlot.class, slotId);
    if (slot == null) {
      throw policy.refuse("TIMETABLE_WRITE", "timetableSlot", slotId);
    }
    policy.requireTimetableWrite(slot.getGroup().getId(), slot.getTeacher().getId());
    return removeBlank(
        em.createNamedQuery(Lesson.OF_SLOT_FROM, Lesson.class)
            .setParameter("slot", slot)
            .setParameter("from", from)
            .getResultList());
  }

  private int removeBlank(List<Lesson> candidates) {
    int removed = 0;
    for (Lesson lesson : candidates) {
      Number entries =
          (Number)
              em.createNativeQuery(MARKS_OR_ATTENDANCE)
                  .setParameter(1, lesson.getId())
                  .getSingleResult();
      if (lesson.isBlank() && entries.intValue() == 0) {
        remove(lesson);
        removed++;
      }
    }
    return removed;
  }

  private List<Lesson> lessonsOf(StudyGroup group, LocalDate from, LocalDate to) {
    return em.createNamedQuery(Lesson.OF_GROUP_BETWEEN, Lesson.class)
        .setParameter("group", group)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /**
   * The one place a lesson is created or changed: the closed school year and the locked month are
   * refused here ({@link JournalWrites}), and the change goes to the history.
   */
  private void write(Lesson lesson, Consumer<Lesson> change) {
    writes.requireOpen(lesson);
    boolean inserted = lesson.getId() == null;
    Map<String, Object> before = inserted ? null : JournalChanges.of(lesson);
    change.accept(lesson);
    if (inserted) {
      em.persist(lesson);
      em.flush();
    }
    changes.record(
        JournalChanges.LESSON,
        lesson.getId(),
        inserted ? HistoryAction.INSERT : HistoryAction.UPDATE,
        before,
        JournalChanges.of(lesson));
  }

  /** The one place a lesson is deleted. */
  private void remove(Lesson lesson) {
    writes.requireOpen(lesson);
    Map<String, Object> before = JournalChanges.of(lesson);
    em.remove(lesson);
    changes.record(JournalChanges.LESSON, lesson.getId(), HistoryAction.DELETE, before, null);
  }
}
