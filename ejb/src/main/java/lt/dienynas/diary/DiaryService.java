package lt.dienynas.diary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.IntegratedSubjectRow;
import lt.dienynas.journal.LessonRow;
import lt.dienynas.journal.SchoolDayView;
import lt.dienynas.journal.SchoolDays;
import lt.dienynas.school.PeriodKind;
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
      "SELECT NEW lt.dienynas.diary.StudentNameRow(s.id, s.firstName, s.lastName)"
          + " FROM Guardian g JOIN g.children s"
          + " WHERE g.id = :guardianId ORDER BY s.firstName, s.lastName";

  private static final String STUDENT =
      "SELECT NEW lt.dienynas.diary.StudentNameRow(s.id, s.firstName, s.lastName)"
          + " FROM Student s WHERE s.id = :studentId";

  private static final String CLASS_NAMES =
      "SELECT NEW lt.dienynas.diary.StudentClassRow(m.student.id, c.name) FROM GroupMember m"
          + " JOIN m.group g JOIN g.schoolClass c"
          + " WHERE m.student.id IN :studentIds"
          + " AND g.kind IN (lt.dienynas.school.GroupKind.CLASS,"
          + " lt.dienynas.school.GroupKind.PRESCHOOL)"
          + " AND m.validity.from <= :date AND (m.validity.to IS NULL OR m.validity.to >= :date)";

  private static final String MEMBERSHIPS =
      "SELECT NEW lt.dienynas.diary.MembershipRow(m.group.id, m.validity.from, m.validity.to)"
          + " FROM GroupMember m"
          + " WHERE m.student.id = :studentId AND m.validity.from <= :to"
          + " AND (m.validity.to IS NULL OR m.validity.to >= :from)";

  private static final String LESSONS =
      LessonRow.SELECT
          + " WHERE l.group.id IN :groupIds AND l.lessonDate BETWEEN :from AND :to"
          + " ORDER BY l.lessonDate, l.lessonNumber";

  /** The further subjects of the week's integrated lessons (§23.8); group ids, numbers only. */
  private static final String INTEGRATED =
      "SELECT ls.lesson_id, s.name FROM lesson_subject ls JOIN subject s ON s.id = ls.subject_id"
          + " JOIN lesson l ON l.id = ls.lesson_id WHERE l.group_id IN (%s)"
          + " AND l.lesson_date BETWEEN ?1 AND ?2 ORDER BY ls.lesson_id, s.name";

  /** The student's classes and years of the week, whose marked school days concern them. */
  private static final String CLASSES_OF_WEEK =
      "SELECT DISTINCT NEW lt.dienynas.diary.ClassYearRow(g.schoolClass.id, g.schoolYear.id)"
          + " FROM GroupMember m JOIN m.group g"
          + " WHERE m.student.id = :studentId AND g.kind IN (lt.dienynas.school.GroupKind.CLASS,"
          + " lt.dienynas.school.GroupKind.PRESCHOOL) AND g.schoolClass IS NOT NULL"
          + " AND m.validity.from <= :to AND (m.validity.to IS NULL OR m.validity.to >= :from)";

  private static final String NOTES =
      "SELECT NEW lt.dienynas.diary.NoteRow(n.noteDate, n.kind, n.text, a.firstName,"
          + " a.lastName) FROM StudentNote n"
          + " JOIN n.author a WHERE n.student.id = :studentId"
          + " AND n.noteDate BETWEEN :from AND :to ORDER BY n.noteDate, n.createdAt";

  private static final String SUBJECTS =
      "SELECT DISTINCT NEW lt.dienynas.diary.SubjectOption(sub.id, sub.name)"
          + " FROM Lesson l JOIN l.subject sub, GroupMember m"
          + " WHERE m.group = l.group AND m.student.id = :studentId"
          + " AND l.lessonDate BETWEEN :from AND :to ORDER BY sub.name";

  /** A student's marks in a period, all subjects, by date (students: one or several). */
  private static final String MARK_ROWS =
      "SELECT NEW lt.dienynas.diary.MarkRow(m.student.id, sub.id, sub.name, l.lessonDate,"
          + " l.lessonNumber, m.scale, m.value, m.comment, m.kind, m.institution)"
          + " FROM Mark m JOIN m.lesson l JOIN l.subject sub WHERE m.student.id IN :studentIds"
          + " AND l.lessonDate BETWEEN :from AND :to ORDER BY l.lessonDate, l.lessonNumber, sub.name";

  /** The week's absences and late arrivals of several students. */
  private static final String ATTENDANCE_OF =
      "SELECT NEW lt.dienynas.diary.ChildAttendanceRow(a.student.id, a.status,"
          + " a.justification) FROM Attendance a JOIN a.lesson l"
          + " WHERE a.student.id IN :studentIds AND l.lessonDate BETWEEN :from AND :to";

  private static final String LESSON_TIMES =
      "SELECT NEW lt.dienynas.diary.LessonSlot(t.lessonNumber, t.startsAt, t.endsAt)"
          + " FROM LessonTime t WHERE t.schoolYear.id IN :yearIds ORDER BY t.lessonNumber";

  /** The semesters of the year of the student's class on a date. */
  private static final String SEMESTERS =
      "SELECT DISTINCT NEW lt.dienynas.diary.SemesterRow(p.kind, p.validity.from,"
          + " p.validity.to) FROM SchoolPeriod p, GroupMember m"
          + " JOIN m.group g WHERE m.student.id = :studentId AND g.schoolYear = p.schoolYear"
          + " AND g.kind IN (lt.dienynas.school.GroupKind.CLASS,"
          + " lt.dienynas.school.GroupKind.PRESCHOOL)"
          + " AND m.validity.from <= :date AND (m.validity.to IS NULL OR m.validity.to >= :date)"
          + " AND p.kind <> lt.dienynas.school.PeriodKind.ANNUAL ORDER BY p.validity.from";

  /**
   * A student's held lessons and missed ones by month: the lessons of the groups they were in on
   * the lesson's day, not those that did not take place.
   */
  private static final String ATTENDANCE_BY_MONTH =
      "SELECT DATE_FORMAT(l.lesson_date, '%Y-%m'), COUNT(DISTINCT l.id),"
          + " COUNT(DISTINCT CASE WHEN a.status = 'ABSENT' AND a.justification IS NOT NULL"
          + " THEN l.id END),"
          + " COUNT(DISTINCT CASE WHEN a.status = 'ABSENT' AND a.justification IS NULL"
          + " THEN l.id END)"
          + " FROM lesson l JOIN group_member m ON m.group_id = l.group_id AND m.student_id = ?1"
          + " AND l.lesson_date >= m.valid_from"
          + " AND (m.valid_to IS NULL OR l.lesson_date <= m.valid_to)"
          + " LEFT JOIN attendance a ON a.lesson_id = l.id AND a.student_id = ?1"
          + " WHERE l.lesson_date BETWEEN ?2 AND ?3 AND l.not_held_reason IS NULL"
          + " GROUP BY DATE_FORMAT(l.lesson_date, '%Y-%m')";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private Actors actors;

  /** The calling guardian's children, with their classes on a date. */
  @RolesAllowed(Role.Names.GUARDIAN)
  public List<DiaryChild> children(LocalDate date) {
    Actor actor = actors.current();
    List<StudentNameRow> rows =
        em.createQuery(CHILDREN, StudentNameRow.class)
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
            em.createQuery(STUDENT, StudentNameRow.class)
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
    Map<Long, StudentMarkRow> marks = new HashMap<>();
    for (StudentMarkRow r :
        between(StudentMarkRow.SELECT, StudentMarkRow.class, studentId, monday, sunday)) {
      marks.put(r.lessonId(), r);
    }
    Map<Long, StudentAttendanceRow> attendance = new HashMap<>();
    for (StudentAttendanceRow r :
        between(
            StudentAttendanceRow.SELECT, StudentAttendanceRow.class, studentId, monday, sunday)) {
      attendance.put(r.lessonId(), r);
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
        IntegratedSubjectRow r = IntegratedSubjectRow.of(row);
        integrated.merge(r.lessonId(), r.subjectName(), (a, b) -> a + ", " + b);
      }
    }
    if (!memberships.isEmpty()) {
      for (LessonRow r :
          em.createQuery(LESSONS, LessonRow.class)
              .setParameter("groupIds", memberships.keySet())
              .setParameter("from", monday)
              .setParameter("to", sunday)
              .getResultList()) {
        LocalDate date = r.date();
        if (memberships.get(r.groupId()).stream().noneMatch(range -> range.contains(date))) {
          continue;
        }
        StudentMarkRow mark = marks.get(r.id());
        StudentAttendanceRow absence = attendance.get(r.id());
        days.computeIfAbsent(date, d -> new ArrayList<>())
            .add(
                new DiaryLesson(
                    r.id(),
                    date,
                    r.number(),
                    r.subjectName(),
                    r.teacherFirstName() + " " + r.teacherLastName(),
                    r.substituteFirstName() == null
                        ? null
                        : r.substituteFirstName() + " " + r.substituteLastName(),
                    r.topic(),
                    r.homework(),
                    r.homeworkDue(),
                    r.notHeld(),
                    r.distance(),
                    mark == null ? null : mark.mark(),
                    mark == null ? null : mark.kind(),
                    mark == null ? null : mark.institution(),
                    absence == null ? null : absence.status(),
                    absence == null ? null : absence.justification(),
                    integrated.get(r.id()),
                    r.movedFromDate(),
                    r.movedFromNumber(),
                    r.moveReason()));
      }
    }
    List<DiaryDay> result = new ArrayList<>();
    Set<Long> classIds = new HashSet<>();
    Set<Long> yearIds = new HashSet<>();
    for (ClassYearRow r : between(CLASSES_OF_WEEK, ClassYearRow.class, studentId, monday, sunday)) {
      classIds.add(r.classId());
      yearIds.add(r.yearId());
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
    for (NoteRow r : between(NOTES, NoteRow.class, studentId, monday, sunday)) {
      notes.add(r.toNote());
    }
    return new DiaryWeek(student, monday, result, notes, lessonTimes(yearIds));
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
        StudentMarkRow.SELECT
            + (subjectId == null ? "" : " AND sub.id = :subjectId")
            + " ORDER BY l.lessonDate, l.lessonNumber";
    var query =
        em.createQuery(jpql, StudentMarkRow.class)
            .setParameter("studentId", studentId)
            .setParameter("from", from)
            .setParameter("to", to);
    if (subjectId != null) {
      query.setParameter("subjectId", subjectId);
    }
    List<DiaryMark> marks = new ArrayList<>();
    for (StudentMarkRow r : query.getResultList()) {
      marks.add(
          new DiaryMark(
              r.date(), r.number(), r.subjectName(), r.mark(), r.kind(), r.institution()));
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
    for (StudentAttendanceRow r :
        between(StudentAttendanceRow.SELECT, StudentAttendanceRow.class, studentId, from, to)) {
      boolean justified = r.justification() != null;
      if (r.status() == AttendanceStatus.ABSENT) {
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
    return new ArrayList<>(between(SUBJECTS, SubjectOption.class, studentId, from, to));
  }

  /**
   * The calling guardian's children's week of the date, side by side: each child's marks of the
   * week, missed lessons and late arrivals. Four queries however many children.
   */
  @RolesAllowed(Role.Names.GUARDIAN)
  public List<ChildWeek> childrenWeeks(LocalDate anyDay) {
    return weeksOf(children(anyDay), anyDay);
  }

  /** The week of the date of each of these children (whose access is checked already). */
  private List<ChildWeek> weeksOf(List<DiaryChild> children, LocalDate anyDay) {
    if (children.isEmpty()) {
      return List.of();
    }
    LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
    LocalDate sunday = monday.plusDays(6);
    List<Long> ids = children.stream().map(DiaryChild::studentId).toList();
    Map<Long, List<DiaryMark>> marks = new HashMap<>();
    for (MarkRow row : markRows(ids, monday, sunday)) {
      marks.computeIfAbsent(row.studentId(), id -> new ArrayList<>()).add(row.toMark());
    }
    Map<Long, int[]> counts = new HashMap<>();
    for (ChildAttendanceRow r :
        em.createQuery(ATTENDANCE_OF, ChildAttendanceRow.class)
            .setParameter("studentIds", ids)
            .setParameter("from", monday)
            .setParameter("to", sunday)
            .getResultList()) {
      int[] c = counts.computeIfAbsent(r.studentId(), id -> new int[3]);
      if (r.status() == AttendanceStatus.ABSENT) {
        c[0]++;
        c[1] += r.justification() == null ? 1 : 0;
      } else {
        c[2]++;
      }
    }
    List<ChildWeek> weeks = new ArrayList<>();
    for (DiaryChild child : children) {
      int[] c = counts.getOrDefault(child.studentId(), new int[3]);
      weeks.add(
          new ChildWeek(
              child, monday, marks.getOrDefault(child.studentId(), List.of()), c[0], c[1], c[2]));
    }
    return weeks;
  }

  /**
   * A student's subjects in the semester of the date: each subject's marks, their average and its
   * trend ({@link MarkAverage}: against the previous semester, or over the halves of the marks).
   * When the year has no semesters set, the period is the school year from 1 September. Three
   * queries.
   */
  public SubjectAverages subjectAverages(long studentId, LocalDate date) {
    policy.requireStudentDiaryRead(studentId);
    if (date == null) {
      throw new BusinessException("journal.datesRequired");
    }
    PeriodKind period = null;
    LocalDate from = yearStart(date);
    LocalDate to = from.plusYears(1).minusDays(1);
    LocalDate previousFrom = null;
    LocalDate previousTo = null;
    List<SemesterRow> semesters =
        em.createQuery(SEMESTERS, SemesterRow.class)
            .setParameter("studentId", studentId)
            .setParameter("date", date)
            .getResultList();
    for (int i = 0; i < semesters.size(); i++) {
      SemesterRow s = semesters.get(i);
      LocalDate start = s.from();
      LocalDate end = s.to();
      // the semester of the date; between semesters (a holiday) the one that ended last
      if (!start.isAfter(date)) {
        period = s.kind();
        from = start;
        to = end;
        previousFrom = i == 0 ? null : semesters.get(i - 1).from();
        previousTo = i == 0 ? null : semesters.get(i - 1).to();
      }
    }
    LocalDate readFrom = previousFrom == null ? from : previousFrom;
    Map<Long, String> names = new TreeMap<>();
    Map<Long, List<DiaryMark>> marks = new HashMap<>();
    Map<Long, List<Integer>> current = new HashMap<>();
    Map<Long, List<Integer>> previous = new HashMap<>();
    for (MarkRow row : markRows(List.of(studentId), readFrom, to)) {
      boolean inPeriod = !row.date().isBefore(from);
      Integer value = row.tenPoint();
      if (inPeriod) {
        names.put(row.subjectId(), row.subjectName());
        marks.computeIfAbsent(row.subjectId(), id -> new ArrayList<>()).add(row.toMark());
      }
      if (value != null) {
        (inPeriod ? current : previous)
            .computeIfAbsent(row.subjectId(), id -> new ArrayList<>())
            .add(value);
      }
    }
    List<SubjectMarks> subjects = new ArrayList<>();
    names.forEach(
        (id, name) ->
            subjects.add(
                new SubjectMarks(
                    id,
                    name,
                    marks.get(id),
                    MarkAverage.of(
                        current.getOrDefault(id, List.of()),
                        previous.getOrDefault(id, List.of())))));
    subjects.sort(Comparator.comparing(SubjectMarks::subjectName));
    return new SubjectAverages(studentId, period, from, to, previousFrom, previousTo, subjects);
  }

  /**
   * A student's lessons month by month over a period (every month of it, none left out): held,
   * attended, missed with and without a justification. One query.
   *
   * @throws BusinessException {@code dateRange.order} or {@code journal.rangeTooLong}
   */
  public List<MonthAttendance> attendanceByMonth(long studentId, LocalDate from, LocalDate to) {
    policy.requireStudentDiaryRead(studentId);
    requireBounded(from, to);
    Map<String, MonthAttendance> months = new TreeMap<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.put(m.toString(), new MonthAttendance(m.toString(), 0, 0, 0, 0));
    }
    for (Object row :
        em.createNativeQuery(ATTENDANCE_BY_MONTH)
            .setParameter(1, studentId)
            .setParameter(2, from)
            .setParameter(3, to)
            .getResultList()) {
      AttendanceMonthRow r = AttendanceMonthRow.of(row);
      months.put(r.month(), r.toMonth());
    }
    return List.copyOf(months.values());
  }

  /** 1 September of the school year the date falls in. */
  public static LocalDate yearStart(LocalDate date) {
    int year = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    return LocalDate.of(year, 9, 1);
  }

  private List<MarkRow> markRows(List<Long> studentIds, LocalDate from, LocalDate to) {
    return em.createQuery(MARK_ROWS, MarkRow.class)
        .setParameter("studentIds", studentIds)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private List<LessonSlot> lessonTimes(Set<Long> yearIds) {
    if (yearIds.isEmpty()) {
      return List.of();
    }
    Map<Integer, LessonSlot> slots = new TreeMap<>();
    for (LessonSlot slot :
        em.createQuery(LESSON_TIMES, LessonSlot.class)
            .setParameter("yearIds", yearIds)
            .getResultList()) {
      slots.putIfAbsent(slot.number(), slot);
    }
    return List.copyOf(slots.values());
  }

  private Map<Long, List<DateRange>> memberships(long studentId, LocalDate from, LocalDate to) {
    Map<Long, List<DateRange>> groups = new HashMap<>();
    for (MembershipRow r : between(MEMBERSHIPS, MembershipRow.class, studentId, from, to)) {
      groups
          .computeIfAbsent(r.groupId(), id -> new ArrayList<>())
          .add(new DateRange(r.from(), r.to() == null ? LocalDate.MAX : r.to()));
    }
    return groups;
  }

  private <T> List<T> between(
      String jpql, Class<T> row, long studentId, LocalDate from, LocalDate to) {
    return em.createQuery(jpql, row)
        .setParameter("studentId", studentId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private List<DiaryChild> withClasses(List<StudentNameRow> rows, LocalDate date) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, String> classes = new HashMap<>();
    for (StudentClassRow r :
        em.createQuery(CLASS_NAMES, StudentClassRow.class)
            .setParameter("studentIds", rows.stream().map(StudentNameRow::id).toList())
            .setParameter("date", date)
            .getResultList()) {
      classes.put(r.studentId(), r.className());
    }
    return rows.stream()
        .map(r -> new DiaryChild(r.id(), r.firstName(), r.lastName(), classes.get(r.id())))
        .toList();
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
