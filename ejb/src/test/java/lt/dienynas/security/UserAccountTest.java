package lt.dienynas.security;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import org.junit.jupiter.api.Test;

class UserAccountTest {
  private static final java.time.LocalDateTime CREATED =
      java.time.LocalDateTime.of(2026, 9, 1, 8, 0);

  private static final PasswordHasher HASHER = new PasswordHasher();
  private static final String HASH = HASHER.hash("pradinis");

  private final Student student =
      new Student("Jonas", "Jonaitis", PersonalCode.of(LocalDate.of(2012, 3, 15), true, 17));

  @Test
  void firstPasswordMustBeChanged() {
    UserAccount account = new UserAccount(student, "jonas.j", HASH, Set.of(Role.STUDENT), CREATED);
    assertTrue(account.isMustChangePassword());
    assertTrue(account.isEnabled());
    account.changePassword(HASHER.hash("naujas"));
    assertFalse(account.isMustChangePassword());
    account.resetPassword(HASH);
    assertTrue(account.isMustChangePassword());
  }

  @Test
  void rolesMustFitThePerson() {
    assertRefused(
        "account.role",
        () -> new UserAccount(student, "jonas.j", HASH, Set.of(Role.TEACHER), CREATED));
    Guardian mother = new Guardian("Rasa", "Jonaitienė");
    assertRefused(
        "account.role",
        () -> new UserAccount(mother, "rasa.j", HASH, Set.of(Role.STUDENT), CREATED));
    StaffMember teacher = new StaffMember("Asta", "Petraitienė", Set.of(Role.TEACHER));
    UserAccount account = new UserAccount(teacher, "asta.p", HASH, Set.of(Role.TEACHER), CREATED);
    account.grantRole(Role.CLASS_TEACHER);
    assertRefused("account.role", () -> account.grantRole(Role.GUARDIAN));
    account.revokeRole(Role.TEACHER);
    assertRefused("account.noRole", () -> account.revokeRole(Role.CLASS_TEACHER));
    assertEquals(Set.of(Role.CLASS_TEACHER), account.getRoles());
  }

  @Test
  void loginAndHashAreChecked() {
    assertRefused(
        "account.login", () -> new UserAccount(student, "jo", HASH, Set.of(Role.STUDENT), CREATED));
    assertRefused(
        "account.login",
        () -> new UserAccount(student, "jonas j", HASH, Set.of(Role.STUDENT), CREATED));
    assertRefused(
        "account.noRole", () -> new UserAccount(student, "jonas.j", HASH, Set.of(), CREATED));
    assertThrows(
        IllegalArgumentException.class,
        () -> new UserAccount(student, "jonas.j", "pradinis", Set.of(Role.STUDENT), CREATED));
  }

  @Test
  void staffMemberNeedsAStaffRole() {
    assertRefused("staff.noRole", () -> new StaffMember("Asta", "Petraitienė", Set.of()));
    assertRefused(
        "staff.role", () -> new StaffMember("Asta", "Petraitienė", Set.of(Role.GUARDIAN)));
  }
}
