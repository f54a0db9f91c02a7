package lt.dienynas.school;

import static lt.dienynas.security.Role.Names.DB_ADMIN;
import static lt.dienynas.security.Role.Names.DEPUTY;
import static lt.dienynas.security.Role.Names.DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lt.dienynas.people.StaffMember;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * Setting up a school year (§18.1, §18.2, §18.5): periods, holidays, bell schedule, subjects and
 * the curriculum per grade, classes and groups with their class teachers and teachers, staff and
 * their roles — and the checklist of what is still missing before 5 September. The DB admin
 * changes; management reads.
 */
@Stateless
@Interceptors(InputRefusals.class)
@RolesAllowed({DB_ADMIN, DIRECTOR, DEPUTY})
public class YearSetupService {
  @Inject private SchoolClock clock;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  /** A school year in a list. */
  public record YearLine(long id, String name, LocalDate start, LocalDate end, boolean readOnly)
      implements Serializable {}

  /** A class with its class teacher and the number of students on its list on a day. */
  public record ClassLine(
      long id,
      String name,
      ClassLevel level,
      Integer grade,
      Long classTeacherId,
      String classTeacher,
      long students)
      implements Serializable {}

  /** A group with its teachers (on a day) and the number of its members. */
  public record GroupLine(
      long id,
      String name,
      GroupKind kind,
      String className,
      String subject,
      String teachers,
      long members)
      implements Serializable {}

  /** An employee with their roles. */
  public record StaffLine(long id, String fullName, String email, Set<Role> roles, boolean active)
      implements Serializable {}

  /** Everything of one year the set-up pages show, read with one query per table. */
  public record YearOverview(
      YearLine year,
      List<SchoolPeriod> periods,
      List<Holiday> holidays,
      List<LessonTime> lessonTimes,
      List<CurriculumLine> curriculum,
      List<ClassLine> classes,
      List<GroupLine> groups)
      implements Serializable {}

  // --- reading ------------------------------------------------------------------------------

  public List<YearLine> years() {
    policy.requireSchoolWideRead("YEAR_SETUP_READ");
    return em.createNamedQuery(SchoolYear.FIND_ALL, SchoolYear.class)
        .getResultStream()
        .map(YearSetupService::line)
        .toList();
  }

  public YearOverview overview(long yearId) {
    policy.requireSchoolWideRead("YEAR_SETUP_READ");
    SchoolYear year = year(yearId, "YEAR_SETUP_READ");
    LocalDate day = referenceDay(year);
    Map<Long, Long> counts = memberCounts(year, day);
    Map<Long, String> teachers = teachersByGroup(year, day);
    List<StudyGroup> groups =
        em.createNamedQuery(StudyGroup.FIND_BY_YEAR, StudyGroup.class)
            .setParameter("year", year)
            .getResultList();
    Map<Long, Long> classStudents = new HashMap<>();
    for (StudyGroup g : groups) {
      if ((g.getKind() == GroupKind.CLASS || g.getKind() == GroupKind.PRESCHOOL)
          && g.getSchoolClass().isPresent()) {
        classStudents.merge(
            g.getSchoolClass().get().getId(), counts.getOrDefault(g.getId(), 0L), Long::sum);
      }
    }
    List<ClassLine> classes =
        em.createNamedQuery(SchoolClass.FIND_BY_YEAR, SchoolClass.class)
            .setParameter("year", year)
            .getResultStream()
            .map(
                c ->
                    new ClassLine(
                        c.getId(),
                        c.getName(),
                        c.getLevel(),
                        c.getGrade().orElse(null),
                        c.getClassTeacher().map(StaffMember::getId).orElse(null),
                        c.getClassTeacher().map(StaffMember::getFullName).orElse(null),
                        classStudents.getOrDefault(c.getId(), 0L)))
            .toList();
    List<GroupLine> groupLines =
        groups.stream()
            .map(
                g ->
                    new GroupLine(
                        g.getId(),
                        g.getName(),
                        g.getKind(),
                        g.getSchoolClass().map(SchoolClass::getName).orElse(null),
                        g.getSubject().map(Subject::getName).orElse(null),
                        teachers.get(g.getId()),
                        counts.getOrDefault(g.getId(), 0L)))
            .toList();
    return new YearOverview(
        line(year),
        List.copyOf(year.getPeriods()),
        List.copyOf(year.getHolidays()),
        em.createNamedQuery(LessonTime.FIND_BY_YEAR, LessonTime.class)
            .setParameter("year", year)
            .getResultList(),
        em.createNamedQuery(CurriculumLine.FIND_BY_YEAR, CurriculumLine.class)
            .setParameter("year", year)
            .getResultList(),
        classes,
        groupLines);
  }

  public List<Subject> subjects() {
    policy.requireSchoolWideRead("YEAR_SETUP_READ");
    return em.createNamedQuery(Subject.FIND_ALL, Subject.class).getResultList();
  }

  /** Every employee, active first, by name. */
  public List<StaffLine> staff() {
    policy.requireSchoolWideRead("YEAR_SETUP_READ");
    return em.createQuery(
            "SELECT DISTINCT s FROM StaffMember s LEFT JOIN FETCH s.roles"
                + " ORDER BY s.active DESC, s.lastName, s.firstName",
            StaffMember.class)
        .getResultStream()
        .map(
            s ->
                new StaffLine(
                    s.getId(),
                    s.getFullName(),
                    s.getEmail().orElse(""),
                    s.getRoles(),
                    s.isActive()))
        .toList();
  }

  /** What is still missing for the year to start (§18.1). */
  public YearChecklist checklist(long yearId) {
    policy.requireSchoolWideRead("YEAR_SETUP_READ");
    YearOverview o = overview(yearId);
    List<YearChecklist.Item> items = new ArrayList<>();
    List<String> periods = new ArrayList<>();
    for (PeriodKind kind : PeriodKind.values()) {
      if (o.periods().stream().noneMatch(p -> p.getKind() == kind)) {
        periods.add(kind.name());
      }
    }
    items.add(new YearChecklist.Item("periods", periods, periods.size()));
    items.add(item("holidays", o.holidays().isEmpty() ? List.of("-") : List.of()));
    items.add(item("lessonTimes", o.lessonTimes().isEmpty() ? List.of("-") : List.of()));
    items.add(item("classes", o.classes().isEmpty() ? List.of("-") : List.of()));
    Set<Integer> grades = new TreeSet<>();
    for (ClassLine c : o.classes()) {
      if (c.level() == ClassLevel.GRADE) {
        grades.add(c.grade());
      } else if (c.level() == ClassLevel.PREPRIMARY) {
        grades.add(CurriculumLine.PREPRIMARY_GRADE);
      }
    }
    List<String> noCurriculum =
        grades.stream()
            .filter(g -> o.curriculum().stream().noneMatch(l -> l.getGrade() == g))
            .map(String::valueOf)
            .toList();
    items.add(item("curriculum", noCurriculum));
    items.add(
        item(
            "classTeachers",
            o.classes().stream()
                .filter(c -> c.classTeacherId() == null)
                .map(ClassLine::name)
                .toList()));
    items.add(
        item(
            "students",
            o.classes().stream().filter(c -> c.students() == 0).map(ClassLine::name).toList()));
    items.add(
        item(
            "groupTeachers",
            o.groups().stream().filter(g -> g.teachers() == null).map(GroupLine::name).toList()));
    LocalDate due = YearChecklist.DUE.atYear(o.year().start().getYear());
    return new YearChecklist(yearId, o.year().name(), due, items);
  }

  private static YearChecklist.Item item(String key, List<String> missing) {
    return new YearChecklist.Item(key, missing, missing.size());
  }

  // --- changing -----------------------------------------------------------------------------

  /**
   * @throws BusinessException {@code schoolYear.name}, {@code schoolYear.dates} or {@code
   *     rollover.nameTaken}
   */
  @RolesAllowed(DB_ADMIN)
  public long createYear(@PlainText String name, LocalDate start, LocalDate end) {
    policy.requireAdministration("YEAR_SETUP");
    SchoolYear year = new SchoolYear(name, start, end);
    if (!em.createNamedQuery(SchoolYear.FIND_BY_NAME)
        .setParameter("name", year.getName())
        .getResultList()
        .isEmpty()) {
      throw new BusinessException("rollover.nameTaken", year.getName());
    }
    em.persist(year);
    em.flush();
    return year.getId();
  }

  @RolesAllowed(DB_ADMIN)
  public void definePeriod(long yearId, PeriodKind kind, LocalDate start, LocalDate end) {
    policy.requireAdministration("YEAR_SETUP");
    year(yearId, "YEAR_SETUP").definePeriod(kind, start, end);
  }

  @RolesAllowed(DB_ADMIN)
  public void addHoliday(long yearId, @PlainText String name, LocalDate start, LocalDate end) {
    policy.requireAdministration("YEAR_SETUP");
    year(yearId, "YEAR_SETUP").addHoliday(name, start, end);
  }

  @RolesAllowed(DB_ADMIN)
  public void removeHoliday(long yearId, long holidayId) {
    policy.requireAdministration("YEAR_SETUP");
    SchoolYear year = year(yearId, "YEAR_SETUP");
    Holiday holiday = em.find(Holiday.class, holidayId);
    if (holiday == null || holiday.getSchoolYear() != year) {
      throw policy.refuse("YEAR_SETUP", "holiday", holidayId);
    }
    year.removeHoliday(holiday);
  }

  /**
   * Sets when lesson {@code number} starts and ends (creating or changing it).
   *
   * @throws BusinessException {@code lessonTime.number}, {@code lessonTime.order}, {@code
   *     lessonTime.overlap} or {@code schoolYear.readOnly}
   */
  @RolesAllowed(DB_ADMIN)
  public void setLessonTime(long yearId, int number, LocalTime start, LocalTime end) {
    policy.requireAdministration("YEAR_SETUP");
    SchoolYear year = year(yearId, "YEAR_SETUP");
    List<LessonTime> times =
        em.createNamedQuery(LessonTime.FIND_BY_YEAR, LessonTime.class)
            .setParameter("year", year)
            .getResultList();
    LessonTime time =
        times.stream().filter(t -> t.getLessonNumber() == number).findFirst().orElse(null);
    if (time == null) {
      time = new LessonTime(year, number, start, end);
      em.persist(time);
    } else {
      time.reschedule(start, end);
    }
    for (LessonTime other : times) {
      if (other != time && other.overlaps(time)) {
        throw new BusinessException("lessonTime.overlap", number, other.getLessonNumber());
      }
    }
  }

  @RolesAllowed(DB_ADMIN)
  public void removeLessonTime(long yearId, int number) {
    policy.requireAdministration("YEAR_SETUP");
    SchoolYear year = year(yearId, "YEAR_SETUP");
    year.requireWritable();
    em.createNamedQuery(LessonTime.FIND_BY_YEAR, LessonTime.class)
        .setParameter("year", year)
        .getResultStream()
        .filter(t -> t.getLessonNumber() == number)
        .forEach(em::remove);
  }

  /**
   * @throws BusinessException {@code subject.code}, {@code subject.name} or {@code subject.taken}
   */
  @RolesAllowed(DB_ADMIN)
  public long createSubject(
      @PlainText String code, @PlainText String name, @PlainText String nameEn) {
    policy.requireAdministration("YEAR_SETUP");
    Subject subject = new Subject(code, name, nameEn);
    if (!em.createNamedQuery(Subject.FIND_BY_CODE)
        .setParameter("code", subject.getCode())
        .getResultList()
        .isEmpty()) {
      throw new BusinessException("subject.taken", subject.getCode());
    }
    em.persist(subject);
    em.flush();
    return subject.getId();
  }

  /** Sets the weekly lessons of a subject in a grade (0 = pre-primary) for the year. */
  @RolesAllowed(DB_ADMIN)
  public void setCurriculum(long yearId, int grade, long subjectId, int weeklyLessons) {
    policy.requireAdministration("YEAR_SETUP");
    SchoolYear year = year(yearId, "YEAR_SETUP");
    Subject subject = subject(subjectId);
    CurriculumLine line =
        em.createNamedQuery(CurriculumLine.FIND_BY_YEAR, CurriculumLine.class)
            .setParameter("year", year)
            .getResultStream()
            .filter(l -> l.getGrade() == grade && l.getSubject() == subject)
            .findFirst()
            .orElse(null);
    if (line == null) {
      em.persist(new CurriculumLine(year, grade, subject, weeklyLessons));
    } else {
      line.changeWeeklyLessons(weeklyLessons);
    }
  }

  /**
   * Opens a class (grade 1–8 with a letter) or a pre-school / pre-primary group, with its own list.
   *
   * @throws BusinessException {@code schoolClass.*}, {@code schoolClass.taken} or {@code
   *     schoolYear.readOnly}
   */
  @RolesAllowed(DB_ADMIN)
  public long createClass(
      long yearId, ClassLevel level, Integer grade, String letter, String name) {
    policy.requireAdministration("YEAR_SETUP");
    SchoolYear year = year(yearId, "YEAR_SETUP");
    SchoolClass schoolClass =
        level == ClassLevel.GRADE
            ? new SchoolClass(year, grade == null ? 0 : grade, letter)
            : new SchoolClass(year, level, letter == null ? "" : letter, name);
    boolean taken =
        em.createNamedQuery(SchoolClass.FIND_BY_YEAR, SchoolClass.class)
            .setParameter("year", year)
            .getResultStream()
            .anyMatch(c -> c.getName().equalsIgnoreCase(schoolClass.getName()));
    if (taken) {
      throw new BusinessException("schoolClass.taken", schoolClass.getName(), year.getName());
    }
    em.persist(schoolClass);
    em.persist(
        level == ClassLevel.GRADE
            ? StudyGroup.ofClass(schoolClass)
            : new StudyGroup(year, GroupKind.PRESCHOOL, schoolClass.getName(), schoolClass, null));
    em.flush();
    return schoolClass.getId();
  }

  @RolesAllowed(DB_ADMIN)
  public void assignClassTeacher(long classId, long staffId) {
    policy.requireAdministration("YEAR_SETUP");
    SchoolClass schoolClass = em.find(SchoolClass.class, classId);
    if (schoolClass == null) {
      throw policy.refuse("YEAR_SETUP", "class", classId);
    }
    schoolClass.assignClassTeacher(staff(staffId));
  }

  /**
   * Forms a group (subject / temporary, home-schooling, non-formal, VDM) in the year.
   *
   * @throws BusinessException {@code studyGroup.*}, {@code studyGroup.taken}
   */
  @RolesAllowed(DB_ADMIN)
  public long createGroup(long yearId, GroupKind kind, String name, Long classId, Long subjectId) {
    policy.requireAdministration("YEAR_SETUP");
    SchoolYear year = year(yearId, "YEAR_SETUP");
    SchoolClass schoolClass = classId == null ? null : em.find(SchoolClass.class, classId);
    StudyGroup group =
        new StudyGroup(
            year, kind, name, schoolClass, subjectId == null ? null : subject(subjectId));
    boolean taken =
        em.createNamedQuery(StudyGroup.FIND_BY_YEAR, StudyGroup.class)
            .setParameter("year", year)
            .getResultStream()
            .anyMatch(g -> g.getName().equalsIgnoreCase(group.getName()));
    if (taken) {
      throw new BusinessException("studyGroup.taken", group.getName());
    }
    em.persist(group);
    em.flush();
    return group.getId();
  }

  /** A teacher starts teaching a subject to a group from a day. */
  @RolesAllowed(DB_ADMIN)
  public void assignTeacher(long groupId, long subjectId, long staffId, LocalDate from) {
    policy.requireAdministration("YEAR_SETUP");
    StudyGroup group = em.find(StudyGroup.class, groupId);
    if (group == null) {
      throw policy.refuse("YEAR_SETUP", "group", groupId);
    }
    em.persist(new TeachingAssignment(staff(staffId), subject(subjectId), group, from));
  }

  /**
   * Registers an employee with their roles (§18.5: the teachers' names).
   *
   * @throws BusinessException {@code person.name}, {@code person.email}, {@code staff.noRole},
   *     {@code staff.role}
   */
  @RolesAllowed(DB_ADMIN)
  public long createStaff(
      @PlainText String firstName,
      @PlainText String lastName,
      @PlainText String email,
      Set<Role> roles) {
    policy.requireAdministration("STAFF_SETUP");
    StaffMember staff = new StaffMember(firstName, lastName, roles);
    staff.changeEmail(email);
    em.persist(staff);
    em.flush();
    return staff.getId();
  }

  /** Sets exactly these roles (at least one) for the employee. */
  @RolesAllowed(DB_ADMIN)
  public void changeRoles(long staffId, Set<Role> roles) {
    policy.requireAdministration("STAFF_SETUP");
    if (roles == null || roles.isEmpty()) {
      throw new BusinessException("staff.noRole", staffId);
    }
    StaffMember staff = em.find(StaffMember.class, staffId);
    if (staff == null) {
      throw policy.refuse("STAFF_SETUP", "staff", staffId);
    }
    roles.forEach(staff::grantRole);
    Set.copyOf(staff.getRoles()).stream()
        .filter(r -> !roles.contains(r))
        .forEach(staff::revokeRole);
  }

  // ------------------------------------------------------------------------------------------

  private SchoolYear year(long id, String action) {
    SchoolYear year = em.find(SchoolYear.class, id);
    if (year == null) {
      throw policy.refuse(action, "schoolYear", id);
    }
    return year;
  }

  private Subject subject(long id) {
    Subject subject = em.find(Subject.class, id);
    if (subject == null) {
      throw new BusinessException("subject.unknown", id);
    }
    return subject;
  }

  private StaffMember staff(long id) {
    StaffMember staff = em.find(StaffMember.class, id);
    if (staff == null) {
      throw new BusinessException("staff.unknown", id);
    }
    return staff;
  }

  /** The day lists are counted on: today inside the year, else its first day. */
  private LocalDate referenceDay(SchoolYear year) {
    LocalDate today = clock.today();
    return year.contains(today) ? today : year.getStartDate();
  }

  private Map<Long, Long> memberCounts(SchoolYear year, LocalDate day) {
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "SELECT m.group.id, COUNT(m) FROM GroupMember m WHERE m.group.schoolYear = :year"
                + " AND (m.validity.to IS NULL OR m.validity.to >= :day) GROUP BY m.group.id",
            Object[].class)
        .setParameter("year", year)
        .setParameter("day", day)
        .getResultStream()
        .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
    return counts;
  }

  private Map<Long, String> teachersByGroup(SchoolYear year, LocalDate day) {
    Map<Long, List<String>> names = new HashMap<>();
    em.createQuery(
            "SELECT a.group.id, a.teacher.firstName, a.teacher.lastName FROM TeachingAssignment a"
                + " WHERE a.group.schoolYear = :year AND (a.validity.to IS NULL OR a.validity.to >= :day)"
                + " ORDER BY a.teacher.lastName",
            Object[].class)
        .setParameter("year", year)
        .setParameter("day", day)
        .getResultStream()
        .forEach(
            r -> names.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r[1] + " " + r[2]));
    Map<Long, String> joined = new HashMap<>();
    names.forEach(
        (id, list) ->
            joined.put(
                id,
                String.join(
                    ", ", list.stream().distinct().sorted(Comparator.naturalOrder()).toList())));
    return joined;
  }

  private static YearLine line(SchoolYear y) {
    return new YearLine(y.getId(), y.getName(), y.getStartDate(), y.getEndDate(), y.isReadOnly());
  }
}
