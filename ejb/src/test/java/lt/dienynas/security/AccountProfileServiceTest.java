package lt.dienynas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import lt.dienynas.shared.BusinessException;
import org.junit.jupiter.api.Test;

class AccountProfileServiceTest {

  @Test
  void foldsOneRowPerRoleIntoOneProfile() {
    List<Object[]> rows =
        List.of(
            new Object[] {7L, "jonas", "Jonas", "Žemaitis", false, "TEACHER"},
            new Object[] {7L, "jonas", "Jonas", "Žemaitis", false, "CLASS_TEACHER"});

    AccountProfile profile = AccountProfileService.fromRows("jonas", rows);

    assertEquals(7L, profile.personId());
    assertEquals("Jonas Žemaitis", profile.fullName());
    assertEquals(EnumSet.of(Role.TEACHER, Role.CLASS_TEACHER), profile.roles());
    assertFalse(profile.mustChangePassword());
  }

  @Test
  void accountWithoutRolesHasAnEmptyRoleSet() {
    List<Object[]> rows = List.<Object[]>of(new Object[] {3, "ona", "Ona", "Ąžuolė", 1, null});

    AccountProfile profile = AccountProfileService.fromRows("ona", rows);

    assertTrue(profile.roles().isEmpty());
    assertTrue(profile.mustChangePassword());
  }

  @Test
  void unknownRoleGrantsNothing() {
    List<Object[]> rows =
        List.of(
            new Object[] {5L, "rasa", "Rasa", "Kalnė", false, "JANITOR"},
            new Object[] {5L, "rasa", "Rasa", "Kalnė", false, "LIBRARIAN"});

    assertEquals(EnumSet.of(Role.LIBRARIAN), AccountProfileService.fromRows("rasa", rows).roles());
  }

  @Test
  void missingAccountIsABusinessException() {
    BusinessException e =
        assertThrows(
            BusinessException.class, () -> AccountProfileService.fromRows("nėra", List.of()));
    assertEquals("account.notFound", e.getKey());
  }
}
