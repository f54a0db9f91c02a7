package lt.dienynas.school;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.people.StaffMember;
import lt.dienynas.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolClassTest {

  private final SchoolYear year =
      new SchoolYear("2025–2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));
  private final SchoolYear nextYear =
      new SchoolYear("2026–2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));

  @Test
  void gradeClassIsNamedByGradeAndLetter() {
    SchoolClass fifthA = new SchoolClass(year, 5, " A ");
    assertEquals("5a", fifthA.getName());
    assertEquals(ClassLevel.GRADE, fifthA.getLevel());
    assertEquals(Optional.of(5), fifthA.getGrade());
    assertEquals("a", fifthA.getLetter());
    assertSame(year, fifthA.getSchoolYear());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 9, 12})
  void gradeIsOneToEight(int grade) {
    assertRefused("schoolClass.grade", () -> new SchoolClass(year, grade, "a"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "5", "a-b", "abcde"})
  void letterIsOneToFourLetters(String letter) {
    assertRefused("schoolClass.letter", () -> new SchoolClass(year, 1, letter));
  }

  @Test
  void preschoolGroupsHaveNoGradeButAName() {
    SchoolClass group = new SchoolClass(year, ClassLevel.PRESCHOOL, "b", "Boružėlės");
    assertEquals(Optional.empty(), group.getGrade());
    assertEquals("Boružėlės", group.getName());
    assertRefused("schoolClass.name", () -> new SchoolClass(year, ClassLevel.PREPRIMARY, "a", " "));
  }

  @Test
  void gradeLevelNeedsAGrade() {
    assertRefused(
        "schoolClass.gradeRequired", () -> new SchoolClass(year, ClassLevel.GRADE, "a", "5a"));
  }

  @Test
  void promotionRaisesTheGradeIntoTheNextYear() {
    SchoolClass sixthA = new SchoolClass(year, 5, "a").promotedInto(nextYear);
    assertEquals("6a", sixthA.getName());
    assertSame(nextYear, sixthA.getSchoolYear());
    assertEquals(
        "1c",
        new SchoolClass(year, ClassLevel.PREPRIMARY, "c", "Priešmokyklinė c")
            .promotedInto(nextYear)
            .getName());
    assertRefused(
        "schoolClass.lastGrade", () -> new SchoolClass(year, 8, "a").promotedInto(nextYear));
    assertRefused(
        "schoolClass.notPromotable",
        () -> new SchoolClass(year, ClassLevel.PRESCHOOL, "a", "Bitutės").promotedInto(nextYear));
  }

  @Test
  void closedYearTakesNoNewClasses() {
    year.close();
    assertRefused("schoolYear.readOnly", () -> new SchoolClass(year, 1, "a"));
  }

  @Test
  void classTeacherMustStillWorkHere() {
    SchoolClass fifthA = new SchoolClass(year, 5, "a");
    StaffMember teacher = new StaffMember("Asta", "Petraitienė", Set.of(Role.TEACHER));
    fifthA.assignClassTeacher(teacher);
    assertSame(teacher, fifthA.getClassTeacher().orElseThrow());

    StaffMember left = new StaffMember("Petras", "Petraitis", Set.of(Role.TEACHER));
    left.deactivate();
    assertRefused("staff.inactive", () -> fifthA.assignClassTeacher(left));
    assertTrue(fifthA.getClassTeacher().isPresent());
  }

  @Test
  void classGroupCarriesTheClassName() {
    SchoolClass fifthA = new SchoolClass(year, 5, "a");
    StudyGroup group = StudyGroup.ofClass(fifthA);
    assertEquals("5a", group.getName());
    assertEquals(GroupKind.CLASS, group.getKind());
    assertRefused(
        "studyGroup.otherYear",
        () ->
            new StudyGroup(
                nextYear,
                GroupKind.SUBJECT,
                "5a anglų",
                fifthA,
                new Subject("EN", "Anglų kalba", "English")));
    assertRefused(
        "studyGroup.subjectRequired",
        () -> new StudyGroup(year, GroupKind.SUBJECT, "5a anglų", fifthA, null));
  }
}
