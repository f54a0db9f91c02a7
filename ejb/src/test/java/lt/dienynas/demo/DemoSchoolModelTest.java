package lt.dienynas.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import lt.dienynas.demo.DemoSchool.DemoLogin;
import lt.dienynas.demo.DemoSchoolModel.Account;
import lt.dienynas.demo.DemoSchoolModel.CurriculumLine;
import lt.dienynas.demo.DemoSchoolModel.GroupKind;
import lt.dienynas.demo.DemoSchoolModel.Guardianship;
import lt.dienynas.demo.DemoSchoolModel.Level;
import lt.dienynas.demo.DemoSchoolModel.Person;
import lt.dienynas.demo.DemoSchoolModel.PersonType;
import lt.dienynas.demo.DemoSchoolModel.SchoolClass;
import lt.dienynas.demo.DemoSchoolModel.Staff;
import lt.dienynas.demo.DemoSchoolModel.Student;
import lt.dienynas.demo.DemoSchoolModel.StudyGroup;
import lt.dienynas.demo.DemoSchoolModel.TeachingAssignment;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.security.Role;
import org.junit.jupiter.api.Test;

class DemoSchoolModelTest {

  private static final Locale LITHUANIAN = Locale.forLanguageTag("lt");

  private final DemoSchoolModel school = DemoSchoolModel.build(DemoSchool.SEED);

  @Test
  void theSameSeedBuildsTheSameSchool() {
    assertEquals(school, DemoSchoolModel.build(DemoSchool.SEED));
    assertNotEquals(school.people(), DemoSchoolModel.build(DemoSchool.SEED + 1).people());
  }

  @Test
  void personalCodesAreValidUniqueAndMatchBirthDateAndSex() {
    Set<String> codes = new HashSet<>();
    for (Student student : school.students()) {
      PersonalCode code = PersonalCode.parse(student.personalCode());
      Person person = school.person(student.personKey());
      assertEquals(student.birthDate(), code.birthDate(), person.fullName());
      assertEquals(person.male(), code.male(), person.fullName());
      assertTrue(codes.add(code.value()), "duplicate " + code);
    }
  }

  @Test
  void birthYearsFitTheClass() {
    Map<String, SchoolClass> classes = classesByName();
    for (Student student : school.students()) {
      SchoolClass schoolClass = classes.get(student.className());
      int year = student.birthDate().getYear();
      int y = school.year().start().getYear() - 6;
      switch (schoolClass.level()) {
        case PRESCHOOL -> assertTrue(year == y + 1 || year == y + 2, student.toString());
        case PREPRIMARY -> assertEquals(y, year, student.toString());
        case GRADE -> assertEquals(y - schoolClass.grade(), year, student.toString());
      }
    }
  }

  @Test
  void everyRoleHasExactlyOneDemoLogin() {
    Map<Role, Long> perRole =
        DemoSchool.LOGINS.stream().collect(groupingBy(DemoLogin::role, counting()));
    for (Role role : Role.values()) {
      assertEquals(1L, perRole.get(role), role.name());
    }
    assertEquals(Role.values().length, DemoSchool.LOGINS.size());
    assertEquals(
        DemoSchool.LOGINS.size(),
        DemoSchool.LOGINS.stream().map(DemoLogin::login).distinct().count());
    assertTrue(DemoSchool.LOGINS.stream().allMatch(l -> l.login().matches("[a-z.]+")));
  }

  @Test
  void demoAccountsBelongToTheNamedPeopleWithTheirRoles() {
    Map<Integer, Staff> staff = staffByKey();
    assertEquals(DemoSchool.LOGINS.size(), school.accounts().size());
    assertEquals(
        school.accounts().size(),
        school.accounts().stream().map(Account::personKey).distinct().count());
    for (DemoLogin login : DemoSchool.LOGINS) {
      Account account = account(login.login());
      Person person = school.person(account.personKey());
      assertEquals(login.fullName(), person.fullName());
      assertTrue(account.roles().contains(login.role()), login.login());
      if (login.role().isStaff()) {
        assertEquals(staff.get(person.key()).roles(), account.roles(), login.login());
      } else {
        assertEquals(Set.of(login.role()), account.roles(), login.login());
      }
    }
    assertEquals(Set.of(Role.CLASS_TEACHER, Role.TEACHER), account("klases.vadovas").roles());
  }

  @Test
  void theDemoGuardianHasTwoChildrenInDifferentClassesAndOneIsTheDemoStudent() {
    int guardian = account("tevai").personKey();
    int student = account("mokinys").personKey();
    List<Student> children =
        school.guardianships().stream()
            .filter(g -> g.guardianKey() == guardian)
            .map(g -> studentByKey().get(g.studentKey()))
            .toList();
    assertEquals(2, children.size());
    assertNotEquals(children.get(0).className(), children.get(1).className());
    assertTrue(children.stream().anyMatch(c -> c.personKey() == student));
    SchoolClass studentClass = classesByName().get(studentByKey().get(student).className());
    assertTrue(studentClass.grade() >= 5);
    assertEquals(account("klases.vadovas").personKey(), studentClass.classTeacherKey());
  }

  @Test
  void everyClassHasAClassTeacherAndAboutTwentyFiveStudents() {
    Map<Integer, Staff> staff = staffByKey();
    Map<String, Long> sizes =
        school.students().stream().collect(groupingBy(Student::className, counting()));
    assertEquals(18, school.classes().size());
    for (SchoolClass schoolClass : school.classes()) {
      Staff teacher = staff.get(schoolClass.classTeacherKey());
      assertNotNull(teacher, schoolClass.name());
      assertTrue(teacher.roles().contains(Role.CLASS_TEACHER), schoolClass.name());
      long size = sizes.get(schoolClass.name());
      if (schoolClass.level() == Level.GRADE) {
        assertTrue(size >= 22 && size <= 28, schoolClass.name() + ": " + size);
      } else {
        assertNull(schoolClass.grade());
        assertTrue(size >= 15 && size <= 18, schoolClass.name() + ": " + size);
      }
    }
    assertEquals(
        school.classes().size(),
        school.classes().stream().map(SchoolClass::classTeacherKey).distinct().count(),
        "one class per class teacher");
  }

  @Test
  void surnamesAreInTheGenderedForm() {
    for (Person person : school.people()) {
      if (person.male()) {
        assertFalse(person.lastName().endsWith("ė"), person.fullName());
      } else {
        assertTrue(person.lastName().endsWith("ė"), person.fullName());
      }
    }
    Set<Integer> mothers =
        school.people().stream()
            .filter(p -> p.type() == PersonType.GUARDIAN && !p.male())
            .map(Person::key)
            .collect(toSet());
    assertTrue(
        school.guardianships().stream()
            .filter(g -> mothers.contains(g.guardianKey()))
            .allMatch(g -> school.person(g.guardianKey()).lastName().endsWith("ienė")));
  }

  @Test
  void namesCarryLithuanianDiacritics() {
    String letters = "ąčęėįšųūž";
    Predicate<String> hasDiacritic =
        name -> name.toLowerCase(LITHUANIAN).chars().anyMatch(ch -> letters.indexOf(ch) >= 0);
    long first = school.people().stream().filter(p -> hasDiacritic.test(p.firstName())).count();
    long last = school.people().stream().filter(p -> hasDiacritic.test(p.lastName())).count();
    assertTrue(first > 100, "first names with diacritics: " + first);
    assertTrue(last > 100, "surnames with diacritics: " + last);
  }

  @Test
  void childrenShareTheirGuardiansSurnameAndSomeFamiliesHaveTwoChildren() {
    Map<Integer, List<Integer>> children =
        school.guardianships().stream()
            .collect(
                groupingBy(
                    Guardianship::guardianKey,
                    Collectors.mapping(Guardianship::studentKey, Collectors.toList())));
    assertTrue(children.values().stream().filter(c -> c.size() == 2).count() >= 10);
    for (Guardianship g : school.guardianships()) {
      String guardian = school.person(g.guardianKey()).lastName();
      String child = school.person(g.studentKey()).lastName();
      assertTrue(
          LithuanianNames.SURNAMES.stream()
              .anyMatch(
                  man ->
                      Set.of(man, LithuanianNames.married(man)).contains(guardian)
                          && Set.of(man, LithuanianNames.unmarried(man)).contains(child)),
          guardian + " / " + child);
    }
    Map<Integer, Long> guardiansPerChild =
        school.guardianships().stream().collect(groupingBy(Guardianship::studentKey, counting()));
    for (Student student : school.students()) {
      long count = guardiansPerChild.getOrDefault(student.personKey(), 0L);
      assertTrue(count == 1 || count == 2, student.toString());
    }
  }

  @Test
  void onlyStudentsOfGradesFiveToEightHaveEmail() {
    Map<String, SchoolClass> classes = classesByName();
    for (Student student : school.students()) {
      SchoolClass schoolClass = classes.get(student.className());
      boolean basic = schoolClass.grade() != null && schoolClass.grade() >= 5;
      assertEquals(basic, school.person(student.personKey()).email() != null, student.toString());
    }
    List<String> emails =
        school.people().stream().map(Person::email).filter(e -> e != null).toList();
    assertEquals(emails.size(), new HashSet<>(emails).size(), "unique e-mails");
  }

  @Test
  void staffCoverEveryEmployeeRole() {
    assertTrue(school.staff().size() >= 35 && school.staff().size() <= 50);
    Set<Role> held = school.staff().stream().flatMap(s -> s.roles().stream()).collect(toSet());
    Arrays.stream(Role.values())
        .filter(Role::isStaff)
        .forEach(role -> assertTrue(held.contains(role), role.name()));
    assertFalse(held.contains(Role.GUARDIAN) || held.contains(Role.STUDENT));
  }

  @Test
  void everyStudentIsInExactlyOneClassGroupAndGroupsOfEveryKindExist() {
    Map<Integer, Long> classGroups =
        school.groups().stream()
            .filter(g -> g.kind() == GroupKind.CLASS || g.kind() == GroupKind.PRESCHOOL)
            .flatMap(g -> g.members().stream())
            .collect(groupingBy(key -> key, counting()));
    for (Student student : school.students()) {
      assertEquals(1L, classGroups.get(student.personKey()), student.toString());
    }
    Map<GroupKind, List<StudyGroup>> byKind =
        school.groups().stream().collect(groupingBy(StudyGroup::kind));
    assertEquals(16, byKind.get(GroupKind.CLASS).size());
    assertEquals(2, byKind.get(GroupKind.PRESCHOOL).size());
    assertEquals(1, byKind.get(GroupKind.HOME_SCHOOLING).size());
    assertEquals(1, byKind.get(GroupKind.HOME_SCHOOLING).get(0).members().size());
    assertEquals(1, byKind.get(GroupKind.NON_FORMAL).size());
    assertEquals(1, byKind.get(GroupKind.VDM).size());
    assertTrue(byKind.get(GroupKind.SUBJECT).stream().allMatch(g -> !g.members().isEmpty()));
    assertEquals(
        school.groups().size(),
        school.groups().stream().map(StudyGroup::name).distinct().count(),
        "unique group names");
  }

  @Test
  void everyCurriculumSubjectOfEveryClassHasATeacher() {
    Map<String, StudyGroup> groups =
        school.groups().stream().collect(Collectors.toMap(StudyGroup::name, g -> g));
    Map<Integer, Staff> staff = staffByKey();
    for (SchoolClass schoolClass : school.classes()) {
      if (schoolClass.level() == Level.PRESCHOOL) {
        continue;
      }
      int grade = schoolClass.grade() == null ? 0 : schoolClass.grade();
      Set<String> taught =
          school.assignments().stream()
              .filter(a -> schoolClass.name().equals(groups.get(a.groupName()).className()))
              .map(TeachingAssignment::subjectCode)
              .collect(toSet());
      for (CurriculumLine line : DemoCurriculum.forGrade(grade)) {
        assertTrue(
            taught.contains(line.subjectCode()), schoolClass.name() + " " + line.subjectCode());
      }
    }
    for (TeachingAssignment assignment : school.assignments()) {
      assertNotNull(staff.get(assignment.teacherKey()), assignment.toString());
      assertNotNull(groups.get(assignment.groupName()), assignment.toString());
    }
  }

  @Test
  void theYearIsTheOneContainingTodayFromSeptemberToAugust() {
    assertEquals(
        "2026–2027", DemoCalendar.containing(java.time.LocalDate.of(2026, 12, 2)).year().name());
    assertEquals(
        "2026–2027", DemoCalendar.containing(java.time.LocalDate.of(2027, 8, 31)).year().name());
    assertEquals(
        "2027–2028", DemoCalendar.containing(java.time.LocalDate.of(2027, 9, 1)).year().name());
    DemoSchoolModel later =
        DemoSchoolModel.build(DemoSchool.SEED, java.time.LocalDate.of(2031, 3, 10));
    assertEquals("2030–2031", later.year().name());
    assertEquals(java.time.LocalDate.of(2030, 9, 1), later.year().start());
    assertEquals(java.time.LocalDate.of(2031, 8, 31), later.year().end());
    // the Easter holiday follows Easter (13 April 2031)
    assertTrue(
        later.holidays().stream()
            .anyMatch(h -> h.start().equals(java.time.LocalDate.of(2031, 4, 14))),
        later.holidays().toString());
    var periods = later.periods();
    assertTrue(periods.get(0).end().isBefore(periods.get(1).start()));
    assertEquals(java.time.DayOfWeek.FRIDAY, periods.get(1).end().getDayOfWeek());
  }

  @Test
  void theTimetableGivesEveryGroupItsCurriculumWithoutClashes() {
    Map<String, Long> weekly =
        school.timetable().stream()
            .collect(groupingBy(e -> e.groupName() + "|" + e.subjectCode(), counting()));
    Map<String, SchoolClass> classes = classesByName();
    for (TeachingAssignment a : school.assignments()) {
      StudyGroup group =
          school.groups().stream()
              .filter(g -> g.name().equals(a.groupName()))
              .findFirst()
              .orElseThrow();
      SchoolClass c = group.className() == null ? null : classes.get(group.className());
      if (c == null || c.grade() == null || group.kind() == GroupKind.HOME_SCHOOLING) {
        assertTrue(
            weekly.getOrDefault(a.groupName() + "|" + a.subjectCode(), 0L) > 0, a.toString());
        continue;
      }
      int expected =
          DemoCurriculum.forGrade(c.grade()).stream()
              .filter(l -> l.subjectCode().equals(a.subjectCode()))
              .mapToInt(CurriculumLine::weeklyLessons)
              .sum();
      assertEquals(
          expected, weekly.getOrDefault(a.groupName() + "|" + a.subjectCode(), 0L), a.toString());
    }
    Set<String> teacherTimes = new HashSet<>();
    Map<Integer, Set<String>> studentTimes = new java.util.HashMap<>();
    Map<String, StudyGroup> groups =
        school.groups().stream().collect(Collectors.toMap(StudyGroup::name, g -> g));
    Set<Integer> bells =
        school.bellTimes().stream().map(DemoSchoolModel.BellTime::number).collect(toSet());
    for (var e : school.timetable()) {
      String time = e.weekday() + "#" + e.number();
      assertTrue(bells.contains(e.number()), "a bell time for lesson " + e.number());
      assertTrue(e.weekday() >= 1 && e.weekday() <= 5);
      assertTrue(teacherTimes.add(e.teacherKey() + "@" + time), "teacher twice at " + e);
      if (groups.get(e.groupName()).kind() == GroupKind.HOME_SCHOOLING) {
        continue;
      }
      for (int student : groups.get(e.groupName()).members()) {
        assertTrue(
            studentTimes.computeIfAbsent(student, k -> new HashSet<>()).add(time),
            "student " + student + " twice at " + e);
      }
    }
  }

  private Account account(String login) {
    return school.accounts().stream()
        .filter(a -> a.login().equals(login))
        .findFirst()
        .orElseThrow();
  }

  private Map<String, SchoolClass> classesByName() {
    return school.classes().stream().collect(Collectors.toMap(SchoolClass::name, c -> c));
  }

  private Map<Integer, Staff> staffByKey() {
    return school.staff().stream().collect(Collectors.toMap(Staff::personKey, s -> s));
  }

  private Map<Integer, Student> studentByKey() {
    return school.students().stream().collect(Collectors.toMap(Student::personKey, s -> s));
  }
}
