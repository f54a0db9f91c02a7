package lt.dienynas.diary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.journal.NotHeldReason;
import lt.dienynas.journal.SchoolDayView;
import lt.dienynas.journal.SchoolDays;
import lt.dienynas.journal.StudentNoteKind;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.DateRange;

/**
 * The diary of one student as guardians, the student (grades 5–8) and the school read it: a week, a
 * subject's marks over a period, attendance totals. Every view is checked against the access policy
 * and read in a fixed number of queries.
 */
@Stateless
@RolesAllowed({
  Role.Names.GUARDIAN,
  Role.Names.STUDENT,
  Role.Names.CLASS_TEACHER,
  Role.Names.TEACHER,
  Role.Names.NON_FORMAL_TEACHER,
  Role.Names.PRESCHOOL_TEACHER,
  Role.Names.VDM_EDUCATOR,
  Role.Names.SOCIAL_PEDAGOGUE,
  Role.Names.PSYCHOLOGIST,
  Role.Names.SPECIAL_PEDAGOGUE,
  Role.Names.SPEECH_THERAPIST,
  Role.Names.CAREER_SPECIALIST,
  Role.Names.DIRECTOR,
  Role.Names.DEPUTY,
  Role.Names.DB_ADMIN
})
public class DiaryService {
  static final int MAX_DAYS = 366;

  private static final String CHILDREN =
      "SELECT s.id, s.firstName, s.lastName FROM Guardian g JOIN g.children s"
          + " WHERE g.id = :guardianId ORDER BY s.firstName, s.lastName";

  private static final String STUDENT =
      "SELECT s.id, s.firstName, s.lastName FROM Student s WHERE s.id = :studentId";

  private static final String CLASS_NAMES =
      "SELECT m.student.id, c.name FROM GroupMember m JOIN m.group g JOIN g.schoolClass c"
          + " WHERE m.student.id IN :studentIds"
          + " AND g.kind IN (lt.dienynas.school.GroupKind.CLASS,"
          + " lt.dienynas.school.GroupKind.PRESCHOOL)"
          + " AND m.validFrom <= :date AND (m.validTo IS NULL OR m.validTo >= :date)";

  private static final String MEMBERSHIPS =
      "SELECT m.group.id, m.validFrom, m.validTo FROM GroupMember m"
          + " WHERE m.student.id = :studentId AND m.validFrom <= :to"
          + " AND (m.validTo IS NULL OR m.validTo >= :from)";

  private static final String LESSONS =
      "SELECT l.id, l.group.id, l.lessonDate, l.lessonNumber, sub.name, t.firstName, t.lastName,"
          + " st.firstName, st.lastName, l.topic, l.homework, l.homeworkDue, l.notHeldReason,"
          + " l.distance, l.movedFromDate, l.movedFromNumber, l.moveReason FROM Lesson l JOIN l.subject sub JOIN l.teacher t LEFT JOIN l.substitute st"
          + " WHERE l.group.id IN :groupIds AND l.lessonDate BETWEEN :from AND :to"
          + " ORDER BY l.lessonDate, l.lessonNumber";

  /** The further subjects of the week's integrated lessons (§23.8); group ids, numbers only. */
  private static final String INTEGRATED =
      "SELECT ls.lesson_id, s.name FROM lesson_subject ls JOIN subject s ON s.id = ls.subject_id"
          + " JOIN lesson l ON l.id = ls.lesson_id WHERE l.group_id IN (%s)"
          + " AND l.lesson_date BETWEEN ?1 AND ?2 ORDER BY ls.lesson_id, s.name";

  /** The student's classes and years of the week, whose marked school days concern them. */
  private static final String CLASSES_OF_WEEK =
      "SELECT DISTINCT g.schoolClass.id, g.schoolYear.id FROM GroupMember m JOIN m.group g"
          + " WHERE m.student.id = :studentId AND g.kind IN (lt.dienynas.school.GroupKind.CLASS,"
          + " lt.dienynas.school.GroupKind.PRESCHOOL) AND g.schoolClass IS NOT NULL"
          + " AND m.validFrom <= :to AND (m.validTo IS NULL OR m.validTo >= :from)";

  private static final String MARKS =
      "SELECT l.id, m.scale, m.value, m.comment, m.kind, m.institution, l.lessonDate,"
          + " l.lessonNumber, sub.name FROM Mark m JOIN m.lesson l JOIN l.subject sub"
          + " WHERE m.student.id = :studentId AND l.lessonDate BETWEEN :from AND :to";

  private static final String ATTENDANCE =
      "SELECT l.id, a.status, a.justification FROM Attendance a JOIN a.lesson l"
          + " WHERE a.student.id = :studentId AND l.lessonDate BETWEEN :from AND :to";

  private static final String NOTES =
      "SELECT n.noteDate, n.kind, n.text, a.firstName, a.lastName FROM StudentNote n"
          + " JOIN n.author a WHERE n.student.id = :studentId"
          + " AND n.noteDate BETWEEN :from AND :to ORDER BY n.noteDate, n.createdAt";

  private static final String SUBJECTS =
      "SELECT DISTINCT sub.id, sub.name FROM Lesson l JOIN l.subject sub, GroupMember m"
          + " WHERE m.group = l.group AND m.student.id = :studentId"
          + " AND l.lessonDate BETWEEN :from AND :to ORDER BY sub.name";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private Actors actors;

  /** The calling guardian's children, with their classes on a date. */
  @RolesAllowed(Role.Names.GUARDIAN)
  public List<DiaryChild> children(LocalDate date) {
    Actor actor = actors.current();
    List<Object[]> rows =
        em.createQuery(CHILDREN, Object[].class)
            .setParameter("guardianId", actor.personId())
            .getResultList();
    return withClasses(rows, date);
  }

  /**
   * The calling student themselves.
   *
   * @throws lt.dienynas.security.AccessDeniedException for a student below grade 5
   */
  @RolesAllowed(Role.Names.STUDENT)
  public DiaryChild me(LocalDate date) {
    Actor actor = actors.current();
    return student(actor.personId(), date);
  }

  /** The student as a diary header, after the access check. */
  public DiaryChild student(long studentId, LocalDate date) {
    policy.requireStudentDiaryRead(studentId);
    List<DiaryChild> found =
        withClasses(
            em.createQuery(STUDENT, Object[].class)
                .setParameter("studentId", studentId)
                .getResultList(),
            date);
    if (found.isEmpty()) {
      throw policy.refuse("STUDENT_DIARY_READ", "student", studentId);
    }
    return found.get(0);
  }

  /** The week (Monday to Sunday) that holds {@code anyDay}. */
  public DiaryWeek week(long studentId, LocalDate anyDay) {
    DiaryChild student = student(studentId, anyDay);
    LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
    LocalDate sunday = monday.plusDays(6);

    Map<Long, List<DateRange>> memberships = memberships(studentId, monday, sunday);
    Map<Long, Object[]> marks = new HashMap<>();
    for (Object[] r : between(MARKS, studentId, monday, sunday)) {
      marks.put((Long) r[0], r);
    }
    Map<Long, Object[]> attendance = new HashMap<>();
    for (Object[] r : between(ATTENDANCE, studentId, monday, sunday)) {
      attendance.put((Long) r[0], r);
    }
    Map<LocalDate, List<DiaryLesson>> days = new TreeMap<>();
    for (LocalDate day = monday; day.isBefore(monday.plusDays(5)); day = day.plusDays(1)) {
      days.put(day, new ArrayList<>());
    }
    Map<Long, String> integrated = new HashMap<>();
    if (!memberships.isEmpty()) {
      String groupIds =
          String.join(",", memberships.keySet().stream().map(String::valueOf).toList());
      for (Object row :
          em.createNativeQuery(String.format(INTEGRATED, groupIds))
              .setParameter(1, monday)
              .setParameter(2, sunday)
              .getResultList()) {
        Object[] r = (Object[]) row;
        integrated.merge(((Number) r[0]).longValue(), (String) r[1], (a, b) -> a + ", " + b);
      }
    }
    if (!memberships.isEmpty()) {
      for (Object[] r :
          em.createQuery(LESSONS, Object[].class)
              .setParameter("groupIds", memberships.keySet())
              .setParameter("from", monday)
              .setParameter("to", sunday)
              .getResultList()) {
        LocalDate date = (LocalDate) r[2];
        if (memberships.get((Long) r[1]).stream().noneMatch(range -> range.contains(date))) {
          continue;
        }
        Object[] mark = marks.get((Long) r[0]);
        Object[] absence = attendance.get((Long) r[0]);
        days.computeIfAbsent(date, d -> new ArrayList<>())
            .add(
                new DiaryLesson(
                    (Long) r[0],
                    date,
                    (Integer) r[3],
                    (String) r[4],
                    r[5] + " " + r[6],
                    r[7] == null ? null : r[7] + " " + r[8],
                    (String) r[9],
                    (String) r[10],
                    (LocalDate) r[11],
                    (NotHeldReason) r[12],
                    Boolean.TRUE.equals(r[13]),
                    mark == null ? null : markValue(mark),
                    mark == null ? null : (AssessmentKind) mark[4],
                    mark == null ? null : (String) mark[5],
                    absence == null ? null : (AttendanceStatus) absence[1],
                    absence == null ? null : (JustificationReason) absence[2],
                    integrated.get((Long) r[0]),
                    (LocalDate) r[14],
                    r[15] == null ? null : ((Number) r[15]).intValue(),
                    (String) r[16]));
      }
    }
    List<DiaryDay> result = new ArrayList<>();
    Set<Long> classIds = new HashSet<>();
    Set<Long> yearIds = new HashSet<>();
    for (Object[] r : between(CLASSES_OF_WEEK, studentId, monday, sunday)) {
      classIds.add((Long) r[0]);
      yearIds.add((Long) r[1]);
    }
    List<SchoolDayView> schoolDays = SchoolDays.of(em, yearIds, classIds, monday, sunday);
    days.forEach(
        (date, lessons) ->
            result.add(
                new DiaryDay(
                    date,
                    lessons,
                    schoolDays.stream().filter(d -> d.day().equals(date)).toList())));
    List<DiaryNote> notes = new ArrayList<>();
    for (Object[] r : between(NOTES, studentId, monday, sunday)) {
      notes.add(
          new DiaryNote(
              (LocalDate) r[0], (StudentNoteKind) r[1], (String) r[2], r[3] + " " + r[4]));
    }
    return new DiaryWeek(student, monday, result, notes);
  }

  /**
   * A student's marks over a period, in one subject or in all ({@code subjectId} null), by date.
   *
   * @throws BusinessException {@code dateRange.order} or {@code journal.rangeTooLong}
   */
  public List<DiaryMark> marks(long studentId, Long subjectId, LocalDate from, LocalDate to) {
    policy.requireStudentDiaryRead(studentId);
    requireBounded(from, to);
    String jpql =
        MARKS
            + (subjectId == null ? "" : " AND sub.id = :subjectId")
            + " ORDER BY l.lessonDate, l.lessonNumber";
    var query =
        em.createQuery(jpql, Object[].class)
            .setParameter("studentId", studentId)
            .setParameter("from", from)
            .setParameter("to", to);
    if (subjectId != null) {
      query.setParameter("subjectId", subjectId);
    }
    List<DiaryMark> marks = new ArrayList<>();
    for (Object[] r : query.getResultList()) {
      marks.add(
          new DiaryMark(
              (LocalDate) r[6],
              (Integer) r[7],
              (String) r[8],
              markValue(r),
              (AssessmentKind) r[4],
              (String) r[5]));
    }
    return marks;
  }

  /**
   * A student's missed and late lessons over a period.
   *
   * @throws BusinessException {@code dateRange.order} or {@code journal.rangeTooLong}
   */
  public AttendanceTotals attendanceTotals(long studentId, LocalDate from, LocalDate to) {
    policy.requireStudentDiaryRead(studentId);
    requireBounded(from, to);
    int absent = 0;
    int absentJustified = 0;
    int late = 0;
    int lateJustified = 0;
    for (Object[] r : between(ATTENDANCE, studentId, from, to)) {
      boolean justified = r[2] != null;
      if (r[1] == AttendanceStatus.ABSENT) {
        absent++;
        absentJustified += justified ? 1 : 0;
      } else {
        late++;
        lateJustified += justified ? 1 : 0;
      }
    }
    return new AttendanceTotals(from, to, absent, absentJustified, late, lateJustified);
  }

  /** The subjects the student had lessons in over a period. */
  public List<SubjectOption> subjects(long studentId, LocalDate from, LocalDate to) {
    policy.requireStudentDiaryRead(studentId);
    requireBounded(from, to);
    List<SubjectOption> subjects = new ArrayList<>();
    for (Object[] r : between(SUBJECTS, studentId, from, to)) {
      subjects.add(new SubjectOption((Long) r[0], (String) r[1]));
    }
    return subjects;
  }

  private Map<Long, List<DateRange>> memberships(long studentId, LocalDate from, LocalDate to) {
    Map<Long, List<DateRange>> groups = new HashMap<>();
    for (Object[] r : between(MEMBERSHIPS, studentId, from, to)) {
      groups
          .computeIfAbsent((Long) r[0], id -> new ArrayList<>())
          .add(new DateRange((LocalDate) r[1], r[2] == null ? LocalDate.MAX : (LocalDate) r[2]));
    }
    return groups;
  }

  private List<Object[]> between(String jpql, long studentId, LocalDate from, LocalDate to) {
    return em.createQuery(jpql, Object[].class)
        .setParameter("studentId", studentId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private List<DiaryChild> withClasses(List<Object[]> rows, LocalDate date) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, String> classes = new HashMap<>();
    for (Object[] r :
        em.createQuery(CLASS_NAMES, Object[].class)
            .setParameter("studentIds", rows.stream().map(r -> (Long) r[0]).toList())
            .setParameter("date", date)
            .getResultList()) {
      classes.put((Long) r[0], (String) r[1]);
    }
    return rows.stream()
        .map(
            r ->
                new DiaryChild((Long) r[0], (String) r[1], (String) r[2], classes.get((Long) r[0])))
        .toList();
  }

  private static MarkValue markValue(Object[] r) {
    return new MarkValue((MarkScale) r[1], (String) r[2], (String) r[3]);
  }

  private static void requireBounded(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new BusinessException("journal.datesRequired");
    }
    if (to.isBefore(from)) {
      throw new BusinessException("dateRange.order", from, to);
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new BusinessException("journal.rangeTooLong", MAX_DAYS);
    }
  }
}
