package lt.dienynas.school;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.Set;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.security.Role;
import org.junit.jupiter.api.Test;

class SchoolYearTest {

  private final SchoolYear year =
      new SchoolYear("2025–2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));

  @Test
  void yearMustStartBeforeItEnds() {
    LocalDate day = LocalDate.of(2025, 9, 1);
    assertRefused("schoolYear.dates", () -> new SchoolYear("2025–2026", day, day));
    assertRefused("schoolYear.name", () -> new SchoolYear(" ", day, day.plusYears(1)));
  }

  @Test
  void periodsLieInsideTheYearAndSemestersDoNotOverlap() {
    year.definePeriod(
        PeriodKind.FIRST_SEMESTER, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 31));
    year.definePeriod(PeriodKind.ANNUAL, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 19));
    assertRefused(
        "schoolYear.outside",
        () ->
            year.definePeriod(
                PeriodKind.SECOND_SEMESTER, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 9, 1)));
    assertRefused(
        "schoolPeriod.overlap",
        () ->
            year.definePeriod(
                PeriodKind.SECOND_SEMESTER, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 6, 19)));
    SchoolPeriod second =
        year.definePeriod(
            PeriodKind.SECOND_SEMESTER, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 19));
    assertSame(second, year.semesterOf(LocalDate.of(2026, 3, 2)).orElseThrow());
    assertEquals(3, year.getPeriods().size());
  }

  @Test
  void redefiningAPeriodMovesIt() {
    SchoolPeriod first =
        year.definePeriod(
            PeriodKind.FIRST_SEMESTER, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 31));
    SchoolPeriod moved =
        year.definePeriod(
            PeriodKind.FIRST_SEMESTER, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 23));
    assertSame(first, moved);
    assertEquals(LocalDate.of(2026, 1, 23), moved.getEndDate());
    assertEquals(1, year.getPeriods().size());
  }

  @Test
  void holidaysLieInsideTheYear() {
    assertRefused(
        "schoolYear.outside",
        () ->
            year.addHoliday(
                "Vasaros atostogos", LocalDate.of(2026, 6, 22), LocalDate.of(2026, 9, 1)));
    assertRefused(
        "dateRange.order",
        () ->
            year.addHoliday(
                "Rudens atostogos", LocalDate.of(2025, 11, 7), LocalDate.of(2025, 11, 3)));
    assertRefused(
        "holiday.name",
        () -> year.addHoliday(" ", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 7)));
  }

  @Test
  void closedYearStaysIntact() {
    year.close();
    assertRefused(
        "schoolYear.readOnly",
        () ->
            year.addHoliday(
                "Rudens atostogos", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 7)));
    assertRefused(
        "schoolYear.readOnly",
        () ->
            year.definePeriod(
                PeriodKind.ANNUAL, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 19)));
  }

  @Test
  void membershipEndsOnTheLastDay() {
    StudyGroup group = StudyGroup.ofClass(new SchoolClass(year, 5, "a"));
    Student student =
        new Student("Jonas", "Jonaitis", PersonalCode.of(LocalDate.of(2014, 5, 2), true, 3));
    GroupMember member = new GroupMember(group, student, LocalDate.of(2025, 9, 1));
    assertRefused("dateRange.order", () -> member.leave(LocalDate.of(2025, 8, 31)));
    member.leave(LocalDate.of(2026, 1, 15));
    assertEquals(true, member.isActiveOn(LocalDate.of(2026, 1, 15)));
    assertFalse(member.isActiveOn(LocalDate.of(2026, 1, 16)));
    assertRefused("groupMember.alreadyLeft", () -> member.leave(LocalDate.of(2026, 1, 20)));
  }

  @Test
  void subjectGroupIsTaughtItsOwnSubjectByAnActiveTeacher() {
    Subject english = new Subject("EN", "Anglų kalba", "English");
    Subject german = new Subject("DE", "Vokiečių kalba", "German");
    SchoolClass fifthA = new SchoolClass(year, 5, "a");
    StudyGroup group = new StudyGroup(year, GroupKind.SUBJECT, "5a anglų 1 gr.", fifthA, english);
    StaffMember teacher = new StaffMember("Asta", "Petraitienė", Set.of(Role.TEACHER));
    LocalDate start = LocalDate.of(2025, 9, 1);
    assertRefused(
        "teachingAssignment.subject", () -> new TeachingAssignment(teacher, german, group, start));
    TeachingAssignment assignment = new TeachingAssignment(teacher, english, group, start);
    assignment.end(LocalDate.of(2026, 1, 31));
    assertFalse(assignment.isActiveOn(LocalDate.of(2026, 2, 2)));
    teacher.deactivate();
    assertRefused(
        "staff.inactive",
        () -> new TeachingAssignment(teacher, english, group, LocalDate.of(2026, 2, 2)));
  }

  @Test
  void curriculumLineLimits() {
    Subject math = new Subject("MAT", "Matematika", "Mathematics");
    assertRefused("curriculumLine.grade", () -> new CurriculumLine(year, 9, math, 4));
    assertRefused("curriculumLine.weeklyLessons", () -> new CurriculumLine(year, 5, math, 11));
    assertEquals(0, new CurriculumLine(year, 0, math, 0).getGrade());
  }
}
