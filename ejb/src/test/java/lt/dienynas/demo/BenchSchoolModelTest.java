package lt.dienynas.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lt.dienynas.demo.DemoSchoolModel.Account;
import lt.dienynas.demo.DemoSchoolModel.CurriculumLine;
import lt.dienynas.demo.DemoSchoolModel.GroupKind;
import lt.dienynas.demo.DemoSchoolModel.PersonType;
import lt.dienynas.demo.DemoSchoolModel.SchoolClass;
import lt.dienynas.demo.DemoSchoolModel.StudyGroup;
import lt.dienynas.demo.DemoSchoolModel.TeachingAssignment;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.security.Role;
import org.junit.jupiter.api.Test;

/** The benchmark's school: the demo school's generator, sized ({@link DemoSchoolModel#bench}). */
class BenchSchoolModelTest {

  private static final long SEED = 20261128L;
  private static final DemoCalendar YEAR = DemoCalendar.ofStartYear(2026);

  private final DemoSchoolModel school = DemoSchoolModel.bench(SEED, YEAR);

  @Test
  void theSameSeedBuildsTheSameSchool() {
    assertEquals(school, DemoSchoolModel.bench(SEED, YEAR));
    assertNotEquals(school.people(), DemoSchoolModel.bench(SEED + 1, YEAR).people());
  }

  @Test
  void thirtyTwoClassesOfTwentyFiveWithSixtyTeachersInTheWholeYear() {
    assertEquals("2026–2027", school.year().name());
    assertEquals(YEAR.end(), school.today());
    assertEquals(32, school.classes().size());
    for (int grade = 1; grade <= 8; grade++) {
      for (String letter : List.of("a", "b", "c", "d")) {
        String name = grade + letter;
        assertTrue(school.classes().stream().anyMatch(c -> c.name().equals(name)), name);
      }
    }
    Map<String, Long> perClass =
        school.students().stream()
            .collect(groupingBy(DemoSchoolModel.Student::className, counting()));
    assertEquals(32, perClass.size());
    assertTrue(perClass.values().stream().allMatch(n -> n == 25), perClass.toString());
    assertEquals(60, school.staff().stream().filter(s -> s.roles().contains(Role.TEACHER)).count());
    assertEquals(1, school.staff().stream().filter(s -> s.roles().contains(Role.DEPUTY)).count());
    assertEquals(1, school.staff().stream().filter(s -> s.roles().contains(Role.DB_ADMIN)).count());
    Set<Integer> classTeachers =
        school.classes().stream().map(SchoolClass::classTeacherKey).collect(Collectors.toSet());
    assertEquals(32, classTeachers.size(), "a class teacher of her own for every class");
    assertTrue(
        school.groups().stream()
            .noneMatch(
                g ->
                    g.kind() == GroupKind.VDM
                        || g.kind() == GroupKind.NON_FORMAL
                        || g.kind() == GroupKind.HOME_SCHOOLING
                        || g.kind() == GroupKind.PRESCHOOL));
  }

  @Test
  void everyTeacherGuardianAndStudentOfGradesFiveToEightHasANumberedLogin() {
    Map<String, Integer> gradeOf =
        school.classes().stream().collect(Collectors.toMap(SchoolClass::name, c -> c.grade()));
    Set<String> logins = new HashSet<>();
    for (Account a : school.accounts()) {
      assertTrue(logins.add(a.login()), "unique " + a.login());
    }
    assertTrue(logins.contains("mokytojas01") && logins.contains("mokytojas60"));
    assertTrue(logins.contains("globejas0001"));
    Set<Integer> holders =
        school.accounts().stream().map(Account::personKey).collect(Collectors.toSet());
    long students = 0;
    for (var student : school.students()) {
      boolean older = gradeOf.get(student.className()) >= 5;
      assertEquals(older, holders.contains(student.personKey()), student.toString());
      students += older ? 1 : 0;
      PersonalCode.parse(student.personalCode());
    }
    assertEquals(400, students);
    assertEquals(
        school.guardianCount(),
        school.people().stream()
            .filter(p -> p.type() == PersonType.GUARDIAN && holders.contains(p.key()))
            .count());
    assertEquals(60 + 400 + school.guardianCount(), school.accounts().size());
  }

  @Test
  void theTimetableGivesEveryGroupItsCurriculumWithoutClashes() {
    Map<String, StudyGroup> groups =
        school.groups().stream().collect(Collectors.toMap(StudyGroup::name, g -> g));
    Map<String, SchoolClass> classes =
        school.classes().stream().collect(Collectors.toMap(SchoolClass::name, c -> c));
    Map<String, Long> weekly =
        school.timetable().stream()
            .collect(groupingBy(e -> e.groupName() + "|" + e.subjectCode(), counting()));
    for (SchoolClass c : school.classes()) {
      Set<String> taught =
          school.assignments().stream()
              .filter(a -> c.name().equals(groups.get(a.groupName()).className()))
              .map(TeachingAssignment::subjectCode)
              .collect(Collectors.toSet());
      for (CurriculumLine line : DemoCurriculum.forGrade(c.grade())) {
        assertTrue(taught.contains(line.subjectCode()), c.name() + " " + line.subjectCode());
      }
    }
    for (TeachingAssignment a : school.assignments()) {
      SchoolClass c = classes.get(groups.get(a.groupName()).className());
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
    for (var e : school.timetable()) {
      String time = e.weekday() + "#" + e.number();
      assertTrue(teacherTimes.add(e.teacherKey() + "@" + time), "teacher twice at " + e);
      for (int student : groups.get(e.groupName()).members()) {
        assertTrue(
            studentTimes.computeIfAbsent(student, k -> new HashSet<>()).add(time),
            "student " + student + " twice at " + e);
      }
    }
  }
}
