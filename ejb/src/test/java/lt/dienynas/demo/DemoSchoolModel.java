package lt.dienynas.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lt.dienynas.security.Role;

/**
 * The demo school in memory, before it is written: everything the core schema holds for one school
 * year. People are referred to by their index in {@link #people()} ({@code personKey}), classes,
 * groups and subjects by their unique names and codes; the writer maps them to database ids. Built
 * by {@link #build(long)}, the same seed always giving an equal model.
 */
public record DemoSchoolModel(
    LocalDate today,
    DemoCalendar calendar,
    SchoolYear year,
    List<Period> periods,
    List<Holiday> holidays,
    List<Subject> subjects,
    List<CurriculumLine> curriculum,
    List<Person> people,
    List<Student> students,
    List<Guardianship> guardianships,
    List<Staff> staff,
    List<SchoolClass> classes,
    List<StudyGroup> groups,
    List<TeachingAssignment> assignments,
    List<TimetableEntry> timetable,
    List<BellTime> bellTimes,
    List<Account> accounts) {

  /**
   * The size and shape of a generated school. The demo school ({@link #demo(long)}): two classes a
   * grade of 23–27 students, the pre-school and pre-primary groups, staff with named posts and the
   * demo logins' holders, sibling families, the all-day school, robotics and a home-schooled
   * student. A sized school ({@code demo} false): grades 1–8 with the given class letters, {@code
   * studentsPerClass} students each, {@code teachers} teachers (the first ones the class teachers,
   * those of grades 5–8 also subject teachers) and a deputy and a DB admin, one family a student,
   * numbered logins for every teacher, guardian and student of grades 5–8.
   */
  public record Shape(
      long seed, List<String> letters, int studentsPerClass, int teachers, boolean demo) {
    public Shape {
      letters = List.copyOf(letters);
      if (!demo && teachers < 8 * letters.size()) {
        throw new IllegalArgumentException("fewer teachers than classes");
      }
    }

    public static Shape demo(long seed) {
      return new Shape(seed, List.of("a", "b"), 0, 0, true);
    }

    /** The benchmark's school: 32 classes (1a–8d) of 25 students, 60 teachers. */
    public static Shape bench(long seed) {
      return new Shape(seed, List.of("a", "b", "c", "d"), 25, 60, false);
    }
  }

  /**
   * The benchmark's school ({@link Shape#bench(long)}) in the year of {@code calendar}, the year
   * over ({@link #today()} its last day): the same generator as the demo school's, sized.
   */
  public static DemoSchoolModel bench(long seed, DemoCalendar calendar) {
    return build(Shape.bench(seed), calendar, calendar.end());
  }

  /** A school of the given shape in the year of {@code calendar}. */
  public static DemoSchoolModel build(Shape shape, DemoCalendar calendar, LocalDate today) {
    return new DemoSchoolBuilder(shape, calendar, today).build();
  }

  /** The school of the year that contains today ({@link DemoToday}). */
  public static DemoSchoolModel build(long seed) {
    return build(seed, DemoToday.today());
  }

  /**
   * The school of the year that contains {@code today}, its journal filled up to the day before.
   */
  public static DemoSchoolModel build(long seed, LocalDate today) {
    return build(Shape.demo(seed), DemoCalendar.containing(today), today);
  }

  public Person person(int key) {
    return people.get(key);
  }

  public long guardianCount() {
    return people.stream().filter(p -> p.type() == PersonType.GUARDIAN).count();
  }

  public enum PersonType {
    STUDENT,
    GUARDIAN,
    STAFF
  }

  public enum Level {
    PRESCHOOL,
    PREPRIMARY,
    GRADE
  }

  public enum GroupKind {
    CLASS,
    SUBJECT,
    HOME_SCHOOLING,
    NON_FORMAL,
    PRESCHOOL,
    VDM
  }

  public enum PeriodKind {
    FIRST_SEMESTER,
    SECOND_SEMESTER,
    ANNUAL
  }

  public record SchoolYear(String name, LocalDate start, LocalDate end) {}

  public record Period(PeriodKind kind, LocalDate start, LocalDate end) {}

  public record Holiday(String name, LocalDate start, LocalDate end) {}

  public record Subject(String code, String name, String nameEn) {}

  /** Weekly lessons of a subject in a grade (0 = pre-primary). */
  public record CurriculumLine(int grade, String subjectCode, int weeklyLessons) {}

  public record Person(
      int key, PersonType type, String firstName, String lastName, boolean male, String email) {
    public String fullName() {
      return firstName + " " + lastName;
    }
  }

  public record Student(
      int personKey, String personalCode, LocalDate birthDate, String className) {}

  public record Guardianship(int guardianKey, int studentKey) {}

  public record Staff(int personKey, Set<Role> roles) {
    public Staff {
      roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
  }

  /** A class; {@code grade} is null for the pre-school and pre-primary groups. */
  public record SchoolClass(
      String name, Level level, Integer grade, String letter, int classTeacherKey) {}

  /** A group of students; {@code className} and {@code subjectCode} are optional. */
  public record StudyGroup(
      String name, GroupKind kind, String className, String subjectCode, List<Integer> members) {
    public StudyGroup {
      members = List.copyOf(members);
    }
  }

  public record TeachingAssignment(int teacherKey, String subjectCode, String groupName) {}

  /** A weekly lesson of the timetable: weekday 1 (Monday) to 5, its number in the day. */
  public record TimetableEntry(
      String groupName, String subjectCode, int teacherKey, int weekday, int number, String room) {}

  /** Skambučių laikas: when a lesson of that number starts and ends. */
  public record BellTime(int number, LocalTime start, LocalTime end) {}

  public record Account(String login, int personKey, Set<Role> roles) {
    public Account {
      roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
  }
}
