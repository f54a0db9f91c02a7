package lt.dienynas.people;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import lt.dienynas.shared.BusinessException;
import org.junit.jupiter.api.Test;

class StudentTest {

  private static final LocalDate BIRTH = LocalDate.of(2012, 3, 15);
  private static final PersonalCode CODE = PersonalCode.of(BIRTH, true, 17);

  @Test
  void birthDateComesFromTheCode() {
    Student student = new Student("Jonas", "Jonaitis", CODE);
    assertEquals(BIRTH, student.getBirthDate());
    assertEquals(CODE, student.getPersonalCode());
    assertEquals("Jonas Jonaitis", student.getFullName());
  }

  @Test
  void codeMustMatchAGivenBirthDate() {
    LocalDate otherDay = BIRTH.plusDays(1);
    BusinessException refusal =
        assertRefused(
            "personalCode.birthDate", () -> new Student("Jonas", "Jonaitis", CODE, otherDay));
    assertArrayEquals(new Object[] {CODE.value(), otherDay}, refusal.getArgs());
    assertEquals(BIRTH, new Student("Jonas", "Jonaitis", CODE, BIRTH).getBirthDate());
  }

  @Test
  void invalidCodeIsRefusedEvenWhenBuiltWithoutParsing() {
    String value = CODE.value();
    int wrongDigit = (value.charAt(10) - '0' + 1) % 10;
    PersonalCode wrong = new PersonalCode(value.substring(0, 10) + wrongDigit);
    assertRefused("personalCode.checkDigit", () -> new Student("Jonas", "Jonaitis", wrong));
    assertRefused(
        "personalCode.format", () -> new Student("Jonas", "Jonaitis", new PersonalCode("12")));
  }

  @Test
  void correctedCodeMustKeepTheBirthDate() {
    Student student = new Student("Ona", "Onaitė", PersonalCode.of(BIRTH, false, 1));
    PersonalCode sameDay = PersonalCode.of(BIRTH, false, 2);
    student.setPersonalCode(sameDay);
    assertEquals(sameDay, student.getPersonalCode());

    PersonalCode otherDay = PersonalCode.of(BIRTH.minusYears(1), false, 2);
    assertRefused("personalCode.birthDate", () -> student.setPersonalCode(otherDay));
    assertEquals(sameDay, student.getPersonalCode());
    assertEquals(BIRTH, student.getBirthDate());
  }

  @Test
  void namesAreRequired() {
    assertRefused("person.name", () -> new Student(" ", "Jonaitis", CODE));
    assertRefused("person.name", () -> new Student("Jonas", null, CODE));
  }

  @Test
  void guardianshipIsKeptOnBothSides() {
    Student student = new Student("Jonas", "Jonaitis", CODE);
    Guardian mother = new Guardian("Rasa", "Jonaitienė");
    mother.addChild(student);
    assertTrue(mother.isGuardianOf(student));
    assertTrue(student.getGuardians().contains(mother));
    mother.removeChild(student);
    assertTrue(student.getGuardians().isEmpty());
  }

  @Test
  void emailIsOptionalButMustLookLikeOne() {
    Student student = new Student("Jonas", "Jonaitis", CODE);
    student.changeEmail(" jonas@mokykla.lt ");
    assertEquals("jonas@mokykla.lt", student.getEmail().orElseThrow());
    student.changeEmail("");
    assertTrue(student.getEmail().isEmpty());
    assertRefused("person.email", () -> student.changeEmail("jonas.mokykla.lt"));
  }
}
