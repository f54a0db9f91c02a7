package lt.dienynas.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.assessment.PeriodGradeRows.EntryRow;
import lt.dienynas.assessment.PeriodGradeRows.EntryStateRow;
import lt.dienynas.assessment.PeriodGradeRows.MarkRow;
import lt.dienynas.assessment.PeriodGradeRows.MemberRow;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.journal.Versioned;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolPeriod;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * Pusmečių ir metiniai įvertinimai (§23.10, §18.11): the DB admin opens and closes entry per class
 * or group; while open, the subject teacher enters a grade per student, seeing the period's marks,
 * the marks from other institutions and the grade the school's rule suggests ({@link
 * PeriodGradeRule}). A grade locked at 24:00 of its day changes only under a correction act.
 */
@Stateless
@HistorySource("period grades")
public class PeriodGradeService {

  private static final String ENTRY_ROWS =
      "SELECT e.group_id, e.open FROM period_grade_entry e JOIN study_group g ON g.id = ?3"
          + " WHERE e.school_year_id = ?1 AND e.period_kind = ?2"
          + " AND (e.group_id = g.id OR e.school_class_id = g.school_class_id)";

  private static final String ENTRY_STATES =
      "SELECT g.id, g.name, g.kind, g.school_class_id, g.school_year_id, eg.open, ec.open"
          + " FROM study_group g JOIN school_year y ON y.id = g.school_year_id"
          + " AND ?1 BETWEEN y.start_date AND y.end_date"
          + " LEFT JOIN period_grade_entry eg ON eg.group_id = g.id AND eg.period_kind = ?2"
          + " LEFT JOIN period_grade_entry ec ON ec.school_class_id = g.school_class_id"
          + " AND ec.period_kind = ?2 AND ec.school_year_id = g.school_year_id"
          + " WHERE g.kind IN ('CLASS', 'SUBJECT', 'HOME_SCHOOLING') ORDER BY g.name";

  private static final String MEMBERS =
      "SELECT p.id, p.first_name, p.last_name FROM group_member m JOIN person p ON p.id ="
          + " m.student_id WHERE m.group_id = ?1 AND m.valid_from <= ?3"
          + " AND (m.valid_to IS NULL OR m.valid_to >= ?2)"
          + " GROUP BY p.id, p.first_name, p.last_name ORDER BY p.last_name, p.first_name";

  /** The period's marks of the group's students in the subject, integrated lessons included. */
  private static final String MARKS =
      "SELECT mk.student_id, mk.scale, mk.mark_value, mk.kind, mk.institution FROM mark mk"
          + " JOIN lesson l ON l.id = mk.lesson_id"
          + " WHERE mk.student_id IN (SELECT m.student_id FROM group_member m WHERE m.group_id = ?1)"
          + " AND l.lesson_date BETWEEN ?2 AND ?3"
          + " AND (l.subject_id = ?4 OR EXISTS (SELECT 1 FROM lesson_subject ls"
          + " WHERE ls.lesson_id = l.id AND ls.subject_id = ?4))"
          + " ORDER BY l.lesson_date, l.lesson_number";

  private static final String MISSING =
      """
      SELECT g.id, g.name, sub.id, sub.name, p.id, CONCAT(p.first_name, ' ', p.last_name),
             CONCAT(t.first_name, ' ', t.last_name)
        FROM teaching_assignment a
        JOIN study_group g ON g.id = a.group_id AND g.kind IN ('CLASS', 'SUBJECT', 'HOME_SCHOOLING')
        JOIN school_period sp ON sp.school_year_id = g.school_year_id AND sp.kind = ?2
        JOIN group_member m ON m.group_id = g.id AND m.valid_from <= sp.end_date
         AND (m.valid_to IS NULL OR m.valid_to >= sp.end_date)
        JOIN person p ON p.id = m.student_id
        JOIN subject sub ON sub.id = a.subject_id
        JOIN person t ON t.id = a.teacher_id
       WHERE g.school_year_id = ?1 AND sp.end_date <= ?3
         AND a.valid_from <= sp.end_date AND (a.valid_to IS NULL OR a.valid_to >= sp.end_date)
         AND NOT EXISTS (SELECT 1 FROM period_grade pg WHERE pg.school_year_id = ?1
                          AND pg.period_kind = ?2 AND pg.student_id = p.id
                          AND pg.subject_id = sub.id)
      """;

  private static final String OF_STUDENT =
      "SELECT sub.id, sub.name, pg.period_kind, pg.scale, pg.grade_value, pg.grade_comment"
          + " FROM period_grade pg JOIN subject sub ON sub.id = pg.subject_id"
          + " WHERE pg.student_id = ?1 AND pg.school_year_id = ?2"
          + " ORDER BY sub.name, pg.period_kind";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private AssessmentRules rules;

  @EJB private HistoryLog history;

  @EJB private MonthLockService locks;

  @Inject private SchoolClock clock;

  /**
   * Opens or closes period-grade entry for a class (all its groups; {@code groupId} null) or for a
   * group ({@code classId} null); a group's own setting decides over its class's.
   *
   * @throws BusinessException {@code periodGrade.entryTarget}, {@code periodGrade.unknown}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void setEntry(long yearId, PeriodKind period, Long classId, Long groupId, boolean open) {
    Actor admin = policy.requireAdministration("PERIOD_GRADE_ENTRY");
    if ((classId == null) == (groupId == null) || period == null) {
      throw new BusinessException("periodGrade.entryTarget");
    }
    SchoolYear year = em.find(SchoolYear.class, yearId);
    SchoolClass schoolClass = classId == null ? null : em.find(SchoolClass.class, classId);
    StudyGroup group = groupId == null ? null : em.find(StudyGroup.class, groupId);
    if (year == null
        || (classId != null && (schoolClass == null || !schoolClass.getSchoolYear().equals(year)))
        || (groupId != null && (group == null || !group.getSchoolYear().equals(year)))) {
      throw new BusinessException("periodGrade.unknown");
    }
    List<PeriodGradeEntry> rows =
        em.createQuery(
                "SELECT e FROM PeriodGradeEntry e WHERE e.schoolYear = :year AND e.periodKind ="
                    + " :period AND "
                    + (classId != null ? "e.schoolClass = :target" : "e.group = :target"),
                PeriodGradeEntry.class)
            .setParameter("year", year)
            .setParameter("period", period)
            .setParameter("target", classId != null ? schoolClass : group)
            .getResultList();
    PeriodGradeEntry entry;
    if (rows.isEmpty()) {
      entry = new PeriodGradeEntry(year, period, schoolClass, group);
      em.persist(entry);
    } else {
      entry = rows.get(0);
    }
    entry.set(open, em.find(Person.class, admin.personId()), now());
  }

  /**
   * Period-grade entry of every graded group (class, subject, home-schooling) of the school year a
   * date falls in, for the DB admin's page (one query).
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public List<GradeEntryState> entryStates(PeriodKind period, LocalDate date) {
    policy.requireAdministration("PERIOD_GRADE_ENTRY");
    List<GradeEntryState> states = new ArrayList<>();
    for (Object row : rows(ENTRY_STATES, date, period.name())) {
      states.add(EntryStateRow.of(row).toState());
    }
    return states;
  }

  /** Whether period-grade entry is open for this group (its own setting, else its class's). */
  @PermitAll
  public boolean isEntryOpen(long groupId, PeriodKind period) {
    StudyGroup group = em.find(StudyGroup.class, groupId);
    if (group == null) {
      return false;
    }
    Boolean classOpen = null;
    for (Object row :
        em.createNativeQuery(ENTRY_ROWS)
            .setParameter(1, group.getSchoolYear().getId())
            .setParameter(2, period.name())
            .setParameter(3, groupId)
            .getResultList()) {
      EntryRow entry = EntryRow.of(row);
      if (entry.groupId() != null) {
        return entry.open();
      }
      classOpen = entry.open();
    }
    return Boolean.TRUE.equals(classOpen);
  }

  /**
   * The form for a group's students in a subject: marks of the period, marks from other
   * institutions, the suggested and the entered grades — four queries whatever the class size.
   */
  @PermitAll
  public PeriodGradeForm form(long groupId, long subjectId, PeriodKind period) {
    policy.requireGroupJournalRead(groupId);
    StudyGroup group = em.find(StudyGroup.class, groupId);
    Subject subject = em.find(Subject.class, subjectId);
    SchoolPeriod range = periodOf(group.getSchoolYear(), period);
    List<MemberRow> members = members(groupId, range);
    Map<Long, List<String>> marks = new HashMap<>();
    Map<Long, List<String>> foreign = new HashMap<>();
    Map<Long, List<Integer>> tenPoint = new HashMap<>();
    for (MarkRow r : marks(groupId, range, subjectId)) {
      long studentId = r.studentId();
      MarkValue value = r.mark();
      if (r.kind() == AssessmentKind.OTHER_INSTITUTION) {
        foreign
            .computeIfAbsent(studentId, id -> new ArrayList<>())
            .add(value.notation() + " (" + r.institution() + ")");
      } else {
        marks.computeIfAbsent(studentId, id -> new ArrayList<>()).add(value.notation());
      }
      if (value.scale() == MarkScale.TEN_POINT) {
        tenPoint
            .computeIfAbsent(studentId, id -> new ArrayList<>())
            .add(Integer.parseInt(value.value()));
      }
    }
    List<Long> ids = members.stream().map(MemberRow::studentId).toList();
    Map<PeriodKind, Map<Long, PeriodGrade>> grades = new HashMap<>();
    if (!ids.isEmpty()) {
      for (PeriodGrade g :
          em.createNamedQuery(PeriodGrade.OF_STUDENTS_SUBJECT, PeriodGrade.class)
              .setParameter("yearId", group.getSchoolYear().getId())
              .setParameter("studentIds", ids)
              .setParameter("subjectId", subjectId)
              .getResultList()) {
        grades
            .computeIfAbsent(g.getPeriodKind(), k -> new HashMap<>())
            .put(g.getStudent().getId(), g);
      }
    }
    List<PeriodGradeRow> rows = new ArrayList<>();
    for (MemberRow r : members) {
      long studentId = r.studentId();
      Optional<PeriodGradeValue> suggested =
          suggestion(period, grades, studentId, tenPoint.getOrDefault(studentId, List.of()));
      PeriodGrade entered = grades.getOrDefault(period, Map.of()).get(studentId);
      rows.add(
          new PeriodGradeRow(
              studentId,
              r.fullName(),
              marks.getOrDefault(studentId, List.of()),
              foreign.getOrDefault(studentId, List.of()),
              suggested.map(PeriodGradeValue::notation).orElse(null),
              entered == null ? null : entered.grade(),
              entered != null && entered.isLocked(),
              entered == null ? null : entered.getVersion()));
    }
    return new PeriodGradeForm(
        groupId,
        group.getName(),
        subjectId,
        subject.getName(),
        period,
        range.getStartDate(),
        range.getEndDate(),
        isEntryOpen(groupId, period),
        rows);
  }

  /**
   * Enters (or changes) a student's period grade in a subject the caller teaches in the group.
   *
   * @throws BusinessException {@code periodGrade.entryClosed}, {@code periodGrade.locked}, {@code
   *     periodGrade.notMember}, {@code mark.scaleNotAllowed}, {@code schoolYear.readOnly}
   */
  @RolesAllowed({Role.Names.TEACHER, Role.Names.NON_FORMAL_TEACHER, Role.Names.PRESCHOOL_TEACHER})
  public void enter(
      long groupId, long subjectId, long studentId, PeriodKind period, PeriodGradeValue grade) {
    enter(groupId, subjectId, studentId, period, grade, null);
  }

  /**
   * The student's period grade and its version as read, for a write against it; empty when none.
   */
  @PermitAll
  public Optional<Versioned<PeriodGradeValue>> grade(
      long groupId, long subjectId, long studentId, PeriodKind period) {
    policy.requireGroupJournalRead(groupId);
    StudyGroup group = em.find(StudyGroup.class, groupId);
    return stored(group.getSchoolYear(), period, studentId, subjectId)
        .map(g -> new Versioned<>(g.grade(), g.getVersion()));
  }

  /**
   * Enters or changes a student's period grade as {@link #enter(long, long, long, PeriodKind,
   * PeriodGradeValue)} does, if it is still at the version the writer read.
   *
   * @param expectedVersion the version read; {@link Versioned#ABSENT} when there was no grade; null
   *     to write whatever it is now
   * @throws StaleWriteException {@code periodGrade.stale} (who changed it meanwhile, and to what)
   */
  @RolesAllowed({Role.Names.TEACHER, Role.Names.NON_FORMAL_TEACHER, Role.Names.PRESCHOOL_TEACHER})
  public int enter(
      long groupId,
      long subjectId,
      long studentId,
      PeriodKind period,
      PeriodGradeValue grade,
      Integer expectedVersion) {
    Actor actor = policy.requireSubjectTeacher(groupId, subjectId);
    StudyGroup group = em.find(StudyGroup.class, groupId);
    SchoolYear year = group.getSchoolYear();
    year.requireWritable();
    if (!isEntryOpen(groupId, period)) {
      throw new BusinessException("periodGrade.entryClosed", group.getName());
    }
    SchoolPeriod range = periodOf(year, period);
    boolean member = members(groupId, range).stream().anyMatch(r -> r.studentId() == studentId);
    if (!member) {
      throw new BusinessException("periodGrade.notMember", group.getName());
    }
    Subject subject = em.find(Subject.class, subjectId);
    Set<MarkScale> allowed = rules.allowedFor(group, subject);
    if (grade.markScale().isPresent() && !allowed.contains(grade.markScale().get())) {
      throw new BusinessException("mark.scaleNotAllowed", grade.notation(), subject.getName());
    }
    String suggested = suggestedFor(group, subjectId, studentId, period, range);
    Person by = em.find(Person.class, actor.personId());
    List<PeriodGrade> existing =
        em.createNamedQuery(PeriodGrade.OF_STUDENT_SUBJECT, PeriodGrade.class)
            .setParameter("yearId", year.getId())
            .setParameter("period", period)
            .setParameter("studentId", studentId)
            .setParameter("subjectId", subjectId)
            .getResultList();
    Optional<PeriodGrade> current = existing.stream().findFirst();
    Integer currentVersion = current.map(PeriodGrade::getVersion).orElse(null);
    if (StaleWriteException.isStale(expectedVersion, currentVersion)) {
      throw current
          .map(
              g ->
                  StaleWriteException.of(
                      g.getVersion(),
                      "periodGrade.stale",
                      g.getStudent().getFullName(),
                      g.getEnteredBy().getFullName(),
                      g.grade().notation()))
          .orElseGet(() -> StaleWriteException.of(null, "periodGrade.staleRemoved"));
    }
    Optional<Long> act = locks.actInProgress();
    Change change;
    PeriodGrade written;
    if (existing.isEmpty()) {
      PeriodGrade created =
          new PeriodGrade(
              year,
              period,
              em.find(Student.class, studentId),
              subject,
              group,
              grade,
              suggested,
              by,
              now());
      em.persist(created);
      em.flush();
      change = Change.inserted("period_grade", created.getId(), created.snapshot());
      written = created;
    } else {
      PeriodGrade row = existing.get(0);
      Map<String, Object> before = row.snapshot();
      row.change(grade, suggested, group, by, now(), act.isPresent());
      change = Change.updated("period_grade", row.getId(), before, row.snapshot());
      written = row;
    }
    history.record(change);
    em.flush();
    return written.getVersion();
  }

  /**
   * Applies a correction act's line to a student's (locked) period grade in a subject: only while
   * that act is being applied, by the DB admin (§30.1). The grade is created, changed or, for a
   * blank correct value, removed through {@link PeriodGrade}, as {@link #enter} writes it; a grade
   * the act creates is locked at once; the history entry names the act.
   *
   * @param groupId the act's group, the new grade's group
   * @param wrong the grade the act calls wrong (null: none), which must be the grade now
   * @param correct the grade it becomes (null: none)
   * @throws BusinessException {@code correction.wrongValue}, {@code mark.unknown}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void correctUnderAct(
      long actId,
      long groupId,
      long subjectId,
      long studentId,
      PeriodKind period,
      String wrong,
      String correct) {
    Actor actor = policy.requireAdministration("CORRECTION_APPLY");
    if (!locks.actInProgress().equals(Optional.of(actId))) {
      throw policy.refuse("CORRECTION_APPLY", "correctionAct", actId);
    }
    StudyGroup group = em.find(StudyGroup.class, groupId);
    if (group == null) {
      throw policy.refuse("CORRECTION_APPLY", "group", groupId);
    }
    SchoolYear year = group.getSchoolYear();
    Optional<PeriodGrade> current =
        em
            .createNamedQuery(PeriodGrade.OF_STUDENT_SUBJECT, PeriodGrade.class)
            .setParameter("yearId", year.getId())
            .setParameter("period", period)
            .setParameter("studentId", studentId)
            .setParameter("subjectId", subjectId)
            .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .getResultList()
            .stream()
            .findFirst();
    String now = current.map(g -> g.grade().notation()).orElse(null);
    String expected = wrong == null ? null : PeriodGradeValue.parse(wrong).notation();
    if (!java.util.Objects.equals(now, expected)) {
      throw new BusinessException(
          "correction.wrongValue", expected == null ? "—" : expected, now == null ? "—" : now);
    }
    Change change;
    if (correct == null) {
      if (current.isEmpty()) {
        return;
      }
      PeriodGrade row = current.get();
      Map<String, Object> before = row.snapshot();
      em.remove(row);
      change = Change.deleted("period_grade", row.getId(), before);
    } else {
      PeriodGradeValue grade = PeriodGradeValue.parse(correct);
      Person by = em.find(Person.class, actor.personId());
      String suggested =
          year.period(period)
              .map(range -> suggestedFor(group, subjectId, studentId, period, range))
              .orElse(null);
      LocalDateTime at = now();
      if (current.isEmpty()) {
        PeriodGrade created =
            new PeriodGrade(
                year,
                period,
                em.find(Student.class, studentId),
                em.find(Subject.class, subjectId),
                group,
                grade,
                suggested,
                by,
                at);
        created.lock(at);
        em.persist(created);
        em.flush();
        change = Change.inserted("period_grade", created.getId(), created.snapshot());
      } else {
        PeriodGrade row = current.get();
        Map<String, Object> before = row.snapshot();
        row.change(grade, suggested, row.getGroup(), by, at, true);
        change = Change.updated("period_grade", row.getId(), before, row.snapshot());
      }
    }
    history.record(change);
    em.flush();
  }

  private Optional<PeriodGrade> stored(
      SchoolYear year, PeriodKind period, long studentId, long subjectId) {
    return em
        .createNamedQuery(PeriodGrade.OF_STUDENT_SUBJECT, PeriodGrade.class)
        .setParameter("yearId", year.getId())
        .setParameter("period", period)
        .setParameter("studentId", studentId)
        .setParameter("subjectId", subjectId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** A student's period grades of a school year, for their diary. */
  @PermitAll
  public List<StudentPeriodGrade> ofStudent(long studentId, long yearId) {
    policy.requireStudentDiaryRead(studentId);
    List<StudentPeriodGrade> grades = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(OF_STUDENT)
            .setParameter(1, studentId)
            .setParameter(2, yearId)
            .getResultList()) {
      grades.add(StudentPeriodGrade.of(row));
    }
    return grades;
  }

  /**
   * A student's period grades of the school year they were in on a date (none outside a year): the
   * year of a group of theirs whose year contains the date.
   */
  @PermitAll
  public List<StudentPeriodGrade> ofStudentOn(long studentId, LocalDate date) {
    policy.requireStudentDiaryRead(studentId);
    List<?> years =
        em.createNativeQuery(
                "SELECT g.school_year_id FROM group_member m JOIN study_group g ON g.id ="
                    + " m.group_id JOIN school_year y ON y.id = g.school_year_id"
                    + " WHERE m.student_id = ?1 AND ?2 BETWEEN y.start_date AND y.end_date"
                    + " ORDER BY y.start_date DESC")
            .setParameter(1, studentId)
            .setParameter(2, date)
            .setMaxResults(1)
            .getResultList();
    return years.isEmpty() ? List.of() : ofStudent(studentId, ((Number) years.get(0)).longValue());
  }

  /** The calling teacher's students without a period grade once the period's last day has come. */
  @RolesAllowed({Role.Names.TEACHER, Role.Names.NON_FORMAL_TEACHER, Role.Names.PRESCHOOL_TEACHER})
  public List<MissingPeriodGrade> missingOfMine(long yearId, PeriodKind period) {
    Actor actor = policy.requireTeacherWork("PERIOD_GRADES_MISSING");
    return missing(
        MISSING + " AND a.teacher_id = ?4 ORDER BY g.name, sub.name, p.last_name, p.first_name",
        yearId,
        period,
        actor.personId());
  }

  /** Every student without a period grade once the period's last day has come (the deputy). */
  @RolesAllowed({Role.Names.DIRECTOR, Role.Names.DEPUTY, Role.Names.DB_ADMIN})
  public List<MissingPeriodGrade> missing(long yearId, PeriodKind period) {
    policy.requireSchoolWideRead("PERIOD_GRADES_MISSING");
    return missing(
        MISSING + " ORDER BY g.name, sub.name, p.last_name, p.first_name", yearId, period, null);
  }

  private List<MissingPeriodGrade> missing(
      String sql, long yearId, PeriodKind period, Long teacherId) {
    var query =
        em.createNativeQuery(sql)
            .setParameter(1, yearId)
            .setParameter(2, period.name())
            .setParameter(3, clock.today());
    if (teacherId != null) {
      query.setParameter(4, teacherId);
    }
    List<MissingPeriodGrade> missing = new ArrayList<>();
    for (Object row : query.getResultList()) {
      missing.add(MissingPeriodGrade.of(row));
    }
    return missing;
  }

  private String suggestedFor(
      StudyGroup group, long subjectId, long studentId, PeriodKind period, SchoolPeriod range) {
    List<Integer> tenPoint = new ArrayList<>();
    if (period != PeriodKind.ANNUAL) {
      for (MarkRow r : marks(group.getId(), range, subjectId)) {
        if (r.studentId() == studentId && r.scale() == MarkScale.TEN_POINT) {
          tenPoint.add(Integer.parseInt(r.value()));
        }
      }
    }
    Map<PeriodKind, Map<Long, PeriodGrade>> grades = new HashMap<>();
    for (PeriodGrade g :
        em.createNamedQuery(PeriodGrade.OF_STUDENTS_SUBJECT, PeriodGrade.class)
            .setParameter("yearId", group.getSchoolYear().getId())
            .setParameter("studentIds", List.of(studentId))
            .setParameter("subjectId", subjectId)
            .getResultList()) {
      grades.computeIfAbsent(g.getPeriodKind(), k -> new HashMap<>()).put(studentId, g);
    }
    return suggestion(period, grades, studentId, tenPoint)
        .map(PeriodGradeValue::notation)
        .orElse(null);
  }

  private static Optional<PeriodGradeValue> suggestion(
      PeriodKind period,
      Map<PeriodKind, Map<Long, PeriodGrade>> grades,
      long studentId,
      List<Integer> tenPointMarks) {
    if (period == PeriodKind.ANNUAL) {
      return PeriodGradeRule.annual(
          Optional.ofNullable(
                  grades.getOrDefault(PeriodKind.FIRST_SEMESTER, Map.of()).get(studentId))
              .map(PeriodGrade::grade),
          Optional.ofNullable(
                  grades.getOrDefault(PeriodKind.SECOND_SEMESTER, Map.of()).get(studentId))
              .map(PeriodGrade::grade));
    }
    return PeriodGradeRule.semester(tenPointMarks);
  }

  private static SchoolPeriod periodOf(SchoolYear year, PeriodKind period) {
    return year.period(period)
        .orElseThrow(() -> new BusinessException("periodGrade.noPeriod", year.getName()));
  }

  private List<MemberRow> members(long groupId, SchoolPeriod range) {
    return rows(MEMBERS, groupId, range.getStartDate(), range.getEndDate()).stream()
        .map(MemberRow::of)
        .toList();
  }

  private List<MarkRow> marks(long groupId, SchoolPeriod range, long subjectId) {
    return rows(MARKS, groupId, range.getStartDate(), range.getEndDate(), subjectId).stream()
        .map(MarkRow::of)
        .toList();
  }

  private List<?> rows(String sql, Object... params) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return query.getResultList();
  }

  private LocalDateTime now() {
    return clock.now().truncatedTo(ChronoUnit.MILLIS);
  }

  static boolean toBoolean(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
