package lt.dienynas.journal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.AssessmentRules;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.security.JournalWriteWindow;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.DateRange;

/**
 * The journal grid: a group's month read in a fixed number of queries whatever the number of
 * students and lessons, and a lesson saved in one action (its record, then the changed marks and
 * attendance, each in one call of {@link MarkService} and {@link AttendanceService}).
 */
@Stateless
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
public class JournalService {

  /** The further subjects of the month's integrated lessons (§23.8). */
  private static final String INTEGRATED =
      "SELECT ls.lesson_id, s.name FROM lesson_subject ls JOIN subject s ON s.id = ls.subject_id"
          + " JOIN lesson l ON l.id = ls.lesson_id WHERE l.group_id = ?1"
          + " AND l.lesson_date BETWEEN ?2 AND ?3 ORDER BY ls.lesson_id, s.name";

  private static final String LESSONS =
      LessonRow.SELECT + " WHERE l.group.id = :groupId AND l.lessonDate BETWEEN :from AND :to";

  private static final String SUBJECT_FILTER = " AND l.subject.id = :subjectId";

  private static final String TAUGHT =
      "SELECT DISTINCT NEW lt.dienynas.journal.GroupSubjectRow(g.id, g.name, s.id, s.name)"
          + " FROM TeachingAssignment a JOIN a.group g"
          + " JOIN a.subject s JOIN g.schoolYear y WHERE a.teacher.id = :personId"
          + " AND y.startDate <= :date AND y.endDate >= :date ORDER BY g.name, s.name";

  private static final String OWN_CLASS_GROUPS =
      "SELECT NEW lt.dienynas.journal.GroupSubjectRow(g.id, g.name) FROM StudyGroup g"
          + " JOIN g.schoolClass c JOIN g.schoolYear y"
          + " WHERE c.classTeacher.id = :personId AND y.startDate <= :date"
          + " AND y.endDate >= :date ORDER BY g.name";

  private static final String SUBSTITUTED =
      "SELECT DISTINCT NEW lt.dienynas.journal.GroupSubjectRow(g.id, g.name, s.id, s.name)"
          + " FROM Lesson l JOIN l.group g JOIN l.subject s"
          + " JOIN g.schoolYear y WHERE l.substitute.id = :personId AND y.startDate <= :date"
          + " AND y.endDate >= :date ORDER BY g.name, s.name";

  private static final String ALL_GROUPS =
      "SELECT NEW lt.dienynas.journal.GroupSubjectRow(g.id, g.name) FROM StudyGroup g"
          + " JOIN g.schoolYear y WHERE y.startDate <= :date"
          + " AND y.endDate >= :date ORDER BY g.name";

  private static final String CLASSES =
      "SELECT NEW lt.dienynas.journal.ClassLink(c.id, c.name, g.id) FROM SchoolClass c"
          + " JOIN c.schoolYear y"
          + " LEFT JOIN StudyGroup g ON g.schoolClass = c"
          + " AND g.kind = lt.dienynas.school.GroupKind.CLASS"
          + " WHERE y.startDate <= :date AND y.endDate >= :date";

  /** The students, as entities: the marks and attendance read next find them in the context. */
  private static final String CELL_OWNERS =
      "SELECT DISTINCT s FROM GroupMember m JOIN m.student s"
          + " WHERE m.group = :group AND m.validity.from <= :date"
          + " AND (m.validity.to IS NULL OR m.validity.to >= :date)";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private JournalWrites writes;

  @EJB private Actors actors;

  @EJB private AssessmentRules rules;

  @EJB private LessonService lessons;

  @EJB private MarkService marks;

  @EJB private AttendanceService attendance;

  @EJB private JournalChanges changes;

  @EJB private HistoryLog history;

  @jakarta.inject.Inject private lt.dienynas.shared.SchoolClock clock;
  @jakarta.inject.Inject private jakarta.enterprise.event.Event<LessonSaved> saved;

  /**
   * A group's journal for a month, limited to one subject or not ({@code subjectId} null): one
   * query each for the group, its students, the lessons, the marks, the attendance and the person's
   * right to write, however many students and lessons there are.
   */
  public JournalMonth month(long groupId, Long subjectId, YearMonth month) {
    Actor actor = policy.requireGroupJournalRead(groupId);
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    List<MonthGroupRow> groupRows =
        em.createQuery(MonthGroupRow.SELECT, MonthGroupRow.class)
            .setParameter("groupId", groupId)
            .getResultList();
    if (groupRows.isEmpty()) {
      throw policy.refuse("GROUP_JOURNAL_READ", "group", groupId);
    }
    MonthGroupRow group = groupRows.get(0);

    Map<Long, JournalStudent> students = new LinkedHashMap<>();
    for (MonthMemberRow r :
        em.createQuery(MonthMemberRow.SELECT, MonthMemberRow.class)
            .setParameter("groupId", groupId)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()) {
      long id = r.studentId();
      LocalDate memberTo = r.to() == null ? LocalDate.MAX : r.to();
      JournalStudent known = students.get(id);
      List<DateRange> ranges = new ArrayList<>(known == null ? List.of() : known.member());
      ranges.add(new DateRange(r.from(), memberTo));
      students.put(id, new JournalStudent(id, r.firstName(), r.lastName(), ranges));
    }

    JournalWriteWindow window = policy.journalWriteWindow(actor, groupId);
    Map<Long, String> integrated = new HashMap<>();
    for (Object row :
        em.createNativeQuery(INTEGRATED)
            .setParameter(1, groupId)
            .setParameter(2, from)
            .setParameter(3, to)
            .getResultList()) {
      IntegratedSubjectRow r = IntegratedSubjectRow.of(row);
      integrated.merge(r.lessonId(), r.subjectName(), (a, b) -> a + ", " + b);
    }
    List<JournalLesson> lessonColumns = new ArrayList<>();
    String subjectName = null;
    for (LessonRow r : range(LESSONS, LessonRow.class, groupId, subjectId, from, to)) {
      Long substituteId = r.substituteId();
      lessonColumns.add(
          new JournalLesson(
              r.id(),
              r.date(),
              r.number(),
              r.subjectId(),
              r.subjectName(),
              r.teacherId(),
              r.teacherFirstName() + " " + r.teacherLastName(),
              substituteId,
              substituteId == null ? null : r.substituteFirstName() + " " + r.substituteLastName(),
              r.topic(),
              r.homework(),
              r.homeworkDue(),
              r.notes(),
              r.notHeld(),
              r.distance(),
              window.mayWrite(r.subjectId(), r.date(), substituteId),
              integrated.get(r.id()),
              r.movedFromDate(),
              r.movedFromNumber(),
              r.moveReason()));
      subjectName = r.subjectName();
    }
    lessonColumns.sort(
        (a, b) ->
            a.date().equals(b.date())
                ? Integer.compare(a.number(), b.number())
                : a.date().compareTo(b.date()));

    Map<String, JournalCell> cells = new HashMap<>();
    for (MonthMarkRow r :
        range(MonthMarkRow.SELECT, MonthMarkRow.class, groupId, subjectId, from, to)) {
      String key = JournalMonth.key(r.lessonId(), r.studentId());
      cells.put(
          key,
          cells
              .getOrDefault(key, JournalCell.EMPTY)
              .withMark(
                  new MarkValue(r.scale(), r.value(), r.comment()), r.kind(), r.institution()));
    }
    for (MonthAttendanceRow r :
        range(MonthAttendanceRow.SELECT, MonthAttendanceRow.class, groupId, subjectId, from, to)) {
      String key = JournalMonth.key(r.lessonId(), r.studentId());
      cells.put(
          key,
          cells.getOrDefault(key, JournalCell.EMPTY).withAttendance(r.status(), r.justification()));
    }

    Set<MarkScale> scales = Set.of();
    if (subjectId != null) {
      Subject subject = em.find(Subject.class, subjectId);
      if (subject != null) {
        scales = rules.allowedFor(em.find(StudyGroup.class, groupId), subject);
        subjectName = subject.getName();
      }
    }
    return new JournalMonth(
        groupId,
        group.groupName(),
        group.className(),
        subjectId,
        subjectName,
        month,
        new ArrayList<>(students.values()),
        lessonColumns,
        cells,
        scales,
        schoolDays(groupId, from, to));
  }

  /** The days without lessons and remote days of the group's class or the whole school. */
  private List<SchoolDayView> schoolDays(long groupId, LocalDate from, LocalDate to) {
    StudyGroup group = em.find(StudyGroup.class, groupId);
    return SchoolDays.of(
        em,
        List.of(group.getSchoolYear().getId()),
        group.getSchoolClass().map(c -> List.of(c.getId())).orElse(List.of()),
        from,
        to);
  }

  private <T> List<T> range(
      String jpql, Class<T> row, long groupId, Long subjectId, LocalDate from, LocalDate to) {
    TypedQuery<T> query =
        em.createQuery(subjectId == null ? jpql : jpql + SUBJECT_FILTER, row)
            .setParameter("groupId", groupId)
            .setParameter("from", from)
            .setParameter("to", to);
    if (subjectId != null) {
      query.setParameter("subjectId", subjectId);
    }
    return query.getResultList();
  }

  /**
   * Saves a lesson from the grid in one action: its record, then each student's cell ("n", "p", a
   * mark, or both) that changed, all or nothing. Every cell is read before anything is written, so
   * one bad cell stores nothing.
   *
   * @param cells the typed text per student id; students left out stay as they are
   * @param kind the assessment kind of the marks entered
   * @param institution the institution's name for marks {@link AssessmentKind#OTHER_INSTITUTION}
   * @throws BusinessException {@code journal.cellInvalid}, {@code journal.notMember} and what
   *     {@link LessonService#record}, {@link MarkService#record} and {@link
   *     AttendanceService#record} refuse
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR
  })
  public void saveLesson(
      long lessonId,
      LessonRecord record,
      AssessmentKind kind,
      String institution,
      Map<Long, String> cells) {
    save(lessonId, null, record, kind, institution, cells);
  }

  /**
   * Saves a lesson from a form against what the form had loaded: a field or cell the person left as
   * loaded keeps what it holds now (whoever changed it meanwhile), one the person changed is
   * written, and one that both the person and someone else changed meanwhile to something else
   * stops the whole save with the conflicts — never a silent overwrite. Otherwise as {@link
   * #saveLesson(long, LessonRecord, AssessmentKind, String, Map)}.
   *
   * @param loaded the lesson's record and cells as the form loaded them
   * @throws StaleLessonException what someone else changed meanwhile that the person changed too
   */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR
  })
  public void saveLesson(
      long lessonId,
      LoadedLesson loaded,
      LessonRecord record,
      AssessmentKind kind,
      String institution,
      Map<Long, String> cells) {
    save(lessonId, Objects.requireNonNull(loaded, "loaded"), record, kind, institution, cells);
  }

  private void save(
      long lessonId,
      LoadedLesson loaded,
      LessonRecord typedRecord,
      AssessmentKind kind,
      String institution,
      Map<Long, String> cells) {
    Actor actor = writes.requireLessonAccess(lessonId);
    Lesson lesson = em.find(Lesson.class, lessonId);
    AssessmentKind markKind = kind == null ? AssessmentKind.CLASSWORK : kind;
    String place = markKind == AssessmentKind.OTHER_INSTITUTION ? institution : null;

    Map<Long, String> names = new HashMap<>();
    for (Student s :
        em.createQuery(CELL_OWNERS, Student.class)
            .setParameter("group", lesson.getGroup())
            .setParameter("date", lesson.getLessonDate())
            .getResultList()) {
      names.put(s.getId(), s.getFirstName() + " " + s.getLastName());
    }
    Map<Long, JournalCell> current = new HashMap<>();
    for (Mark mark :
        em.createNamedQuery(Mark.OF_LESSON, Mark.class)
            .setParameter("lessonId", lessonId)
            .getResultList()) {
      current.put(
          mark.getStudent().getId(),
          JournalCell.EMPTY.withMark(
              mark.value(), mark.getKind(), mark.getInstitution().orElse(null)));
    }
    for (Attendance a :
        em.createNamedQuery(Attendance.OF_LESSON, Attendance.class)
            .setParameter("lessonId", lessonId)
            .getResultList()) {
      current.put(
          a.getStudent().getId(),
          current
              .getOrDefault(a.getStudent().getId(), JournalCell.EMPTY)
              .withAttendance(a.getStatus(), a.getJustification().orElse(null)));
    }

    List<JournalConflict> conflicts = new ArrayList<>();
    LessonRecord record =
        loaded == null ? typedRecord : merge(lesson, loaded.record(), typedRecord, conflicts);
    Map<Long, CellEntry> typed = new LinkedHashMap<>();
    Set<Long> unchanged = new LinkedHashSet<>();
    for (Map.Entry<Long, String> cell :
        (cells == null ? Map.<Long, String>of() : cells).entrySet()) {
      long studentId = cell.getKey();
      if (!names.containsKey(studentId)) {
        throw new BusinessException(
            "journal.notMember", lesson.getGroup().getName(), lesson.getLessonDate());
      }
      JournalCell before = current.getOrDefault(studentId, JournalCell.EMPTY);
      String text = cell.getValue() == null ? "" : cell.getValue().strip();
      if (loaded != null) {
        String was = loaded.cell(studentId);
        boolean changedMeanwhile = !before.notation().equals(was);
        if (text.equals(was) && changedMeanwhile) {
          continue; // left as loaded: what someone else wrote meanwhile stays
        }
        if (changedMeanwhile && !text.equals(before.notation())) {
          conflicts.add(
              new JournalConflict(
                  "cell",
                  studentId,
                  names.get(studentId),
                  lastChangedBy(cellHistory(lessonId, studentId)),
                  before.notation()));
          continue;
        }
      }
      if (text.equals(before.notation())) {
        unchanged.add(studentId);
      }
      typed.put(
          studentId,
          unchanged.contains(studentId)
              ? new CellEntry(before.attendance(), before.mark())
              : CellEntry.parse(text, names.get(studentId)));
    }

    if (!conflicts.isEmpty()) {
      throw new StaleLessonException(conflicts);
    }

    // the lesson's whole history goes in at the end, in one append
    changes.defer();
    String homeworkBefore = lesson.getHomework().orElse(null);
    if (!Objects.equals(record, recordOf(lesson))) {
      lessons.record(lessonId, record);
    }
    Map<Long, MarkInput> markChanges = new LinkedHashMap<>();
    Map<Long, AttendanceStatus> attendanceChanges = new LinkedHashMap<>();
    for (Map.Entry<Long, CellEntry> entry : typed.entrySet()) {
      long studentId = entry.getKey();
      CellEntry cell = entry.getValue();
      JournalCell before = current.getOrDefault(studentId, JournalCell.EMPTY);
      boolean markChanged =
          !cell.sameMark(before.mark())
              || (cell.mark() != null
                  && (before.kind() != markKind || !Objects.equals(before.institution(), place)));
      if (markChanged) {
        markChanges.put(
            studentId,
            cell.mark() == null
                ? null
                : new MarkInput(
                    unchanged.contains(studentId) ? before.mark() : cell.mark(), markKind, place));
      }
      if (cell.attendance() != before.attendance()) {
        attendanceChanges.put(studentId, cell.attendance());
      }
    }
    marks.recordAll(lessonId, markChanges);
    attendance.recordAll(lessonId, attendanceChanges);
    if (lesson.getNotHeldReason().isEmpty()) {
      attendanceTaken(lessonId, actor);
    }
    changes.writeDeferred();
    saved.fire(LessonSaved.of(lessonId, markChanges, attendanceChanges, homeworkBefore, record));
  }

  /**
   * Records, once, that the held lesson's attendance was taken: a lesson saved in one action has
   * had every student's cell before the teacher, so nobody marked means nobody was absent (the
   * deputy's filling dashboard tells it from attendance never taken).
   */
  private void attendanceTaken(long lessonId, Actor actor) {
    em.createNativeQuery(
            "INSERT IGNORE INTO lesson_attendance_taken (lesson_id, taken_by, taken_at)"
                + " VALUES (?1, ?2, ?3)")
        .setParameter(1, lessonId)
        .setParameter(2, actor.personId())
        .setParameter(3, clock.now())
        .executeUpdate();
  }

  /**
   * The record to write: each field as typed where the person changed it, as it is now where they
   * left it as loaded; a field changed both by the person and meanwhile by someone else (to
   * something else) is a conflict.
   */
  private LessonRecord merge(
      Lesson lesson, LessonRecord loaded, LessonRecord typed, List<JournalConflict> conflicts) {
    LessonRecord now = recordOf(lesson);
    List<String> clashes = new ArrayList<>();
    String topic = field("topic", loaded.topic(), typed.topic(), now.topic(), clashes);
    String homework =
        field("homework", loaded.homework(), typed.homework(), now.homework(), clashes);
    LocalDate due =
        field("homeworkDue", loaded.homeworkDue(), typed.homeworkDue(), now.homeworkDue(), clashes);
    String notes = field("notes", loaded.notes(), typed.notes(), now.notes(), clashes);
    NotHeldReason notHeld =
        field(
            "notHeld", loaded.notHeldReason(), typed.notHeldReason(), now.notHeldReason(), clashes);
    Boolean distance =
        field("distance", loaded.distance(), typed.distance(), now.distance(), clashes);
    if (!clashes.isEmpty()) {
      String by = lastChangedBy(history.of(JournalChanges.LESSON, lesson.getId()));
      Map<String, java.io.Serializable> values = new HashMap<>();
      values.put("topic", now.topic());
      values.put("homework", now.homework());
      values.put("homeworkDue", now.homeworkDue());
      values.put("notes", now.notes());
      values.put("notHeld", now.notHeldReason());
      values.put("distance", now.distance());
      for (String clash : clashes) {
        conflicts.add(new JournalConflict(clash, null, null, by, values.get(clash)));
      }
    }
    return new LessonRecord(topic, homework, due, notes, notHeld, distance);
  }

  private static <T> T field(String name, T loaded, T typed, T now, List<String> clashes) {
    T was = normalized(loaded);
    T wanted = normalized(typed);
    T is = normalized(now);
    if (Objects.equals(wanted, was)) {
      return now;
    }
    if (!Objects.equals(is, was) && !Objects.equals(is, wanted)) {
      clashes.add(name);
    }
    return typed;
  }

  @SuppressWarnings("unchecked")
  private static <T> T normalized(T value) {
    return value instanceof String text ? (T) (text.isBlank() ? null : text.strip()) : value;
  }

  private List<HistoryEntry> cellHistory(long lessonId, long studentId) {
    List<HistoryEntry> entries =
        new ArrayList<>(
            history.of(JournalChanges.MARK, JournalChanges.cellId(lessonId, studentId)));
    entries.addAll(
        history.of(JournalChanges.ATTENDANCE, JournalChanges.cellId(lessonId, studentId)));
    entries.sort(Comparator.comparing(HistoryEntry::getId));
    return entries;
  }

  /** Who made the last of these changes: their name, or their login for an account of no person. */
  private String lastChangedBy(List<HistoryEntry> entries) {
    if (entries.isEmpty()) {
      return null;
    }
    HistoryEntry last = entries.get(entries.size() - 1);
    Person person =
        last.getActorPersonId() == null ? null : em.find(Person.class, last.getActorPersonId());
    return person == null
        ? last.getActorLogin()
        : person.getFirstName() + " " + person.getLastName();
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

  /**
   * The journals the calling person may open on a date's school year: the groups and subjects they
   * teach, their class's groups, the groups they substitute in; every group for the director,
   * deputy and DB admin.
   */
  public List<JournalLink> myJournals(LocalDate date) {
    Actor actor = actors.current();
    Map<String, JournalLink> links = new LinkedHashMap<>();
    if (actor.isSchoolWide()) {
      for (GroupSubjectRow r : byPerson(ALL_GROUPS, GroupSubjectRow.class, null, date)) {
        add(links, r, false, JournalLink.Relation.SCHOOL);
      }
      return new ArrayList<>(links.values());
    }
    for (GroupSubjectRow r : byPerson(TAUGHT, GroupSubjectRow.class, actor, date)) {
      add(links, r, true, JournalLink.Relation.TEACHES);
    }
    if (actor.has(Role.CLASS_TEACHER)) {
      for (GroupSubjectRow r : byPerson(OWN_CLASS_GROUPS, GroupSubjectRow.class, actor, date)) {
        add(links, r, false, JournalLink.Relation.OWN_CLASS);
      }
    }
    for (GroupSubjectRow r : byPerson(SUBSTITUTED, GroupSubjectRow.class, actor, date)) {
      add(links, r, true, JournalLink.Relation.SUBSTITUTES);
    }
    return new ArrayList<>(links.values());
  }

  /**
   * The classes a person looks after on a date: their own as class teacher, every class for the
   * director, deputy and DB admin.
   */
  public List<ClassLink> myClasses(LocalDate date) {
    Actor actor = actors.current();
    if (!actor.isSchoolWide() && !actor.has(Role.CLASS_TEACHER)) {
      return List.of();
    }
    String jpql =
        CLASSES
            + (actor.isSchoolWide() ? "" : " AND c.classTeacher.id = :personId")
            + " ORDER BY c.level, c.grade, c.letter";
    return new ArrayList<>(
        byPerson(jpql, ClassLink.class, actor.isSchoolWide() ? null : actor, date));
  }

  private <T> List<T> byPerson(String jpql, Class<T> row, Actor actor, LocalDate date) {
    TypedQuery<T> query = em.createQuery(jpql, row).setParameter("date", date).setMaxResults(500);
    if (actor != null) {
      query.setParameter("personId", actor.personId());
    }
    return query.getResultList();
  }

  private static void add(
      Map<String, JournalLink> links,
      GroupSubjectRow r,
      boolean withSubject,
      JournalLink.Relation why) {
    Long subjectId = withSubject ? r.subjectId() : null;
    links.putIfAbsent(
        r.groupId() + ":" + subjectId,
        new JournalLink(
            r.groupId(), r.groupName(), subjectId, withSubject ? r.subjectName() : null, why));
  }
}
