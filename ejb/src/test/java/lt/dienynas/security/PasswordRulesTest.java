package lt.dienynas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRulesTest {
  private static final Locale LT = Locale.forLanguageTag("lt");

  @ParameterizedTest
  @CsvSource({
    "trumpas1, password.tooShort",
    "'be skaitmenų ir tarpų', password.whitespace",
    "vienosRaidesTik, password.lettersAndDigits",
    "1234567890123, password.lettersAndDigits",
    "jonas.petraitis2026, password.containsLogin",
    "JONAS.PETRAITIS-99, password.containsLogin",
    "Senas-Slaptas-1, password.sameAsBefore"
  })
  void aBrokenRuleIsNamed(String candidate, String key) {
    assertEquals(
        Optional.of(key),
        PasswordRules.violation("jonas.petraitis", candidate, "Senas-Slaptas-1"::equals));
  }

  @Test
  void aGoodPasswordPasses() {
    assertEquals(
        Optional.empty(),
        PasswordRules.violation("jonas.petraitis", "Žalias-Medis-42", p -> false));
  }

  @Test
  void tooLongIsRefused() {
    assertEquals(
        Optional.of("password.tooLong"),
        PasswordRules.violation("jonas", "a1".repeat(40), p -> false));
  }

  @Test
  void theRefusalSpeaksLithuanianWithTheMinimumLength() {
    BusinessException e =
        assertThrows(
            BusinessException.class, () -> PasswordRules.require("jonas", "abc1", p -> false));
    assertEquals("Slaptažodis turi būti ne trumpesnis nei 10 simbolių.", e.localizedMessage(LT));
    BusinessException same =
        assertThrows(
            BusinessException.class,
            () -> PasswordRules.require("jonas", "Senas-Slaptas-1", p -> true));
    assertEquals("Naujas slaptažodis turi skirtis nuo ankstesnio.", same.localizedMessage(LT));
  }

  @Test
  void temporaryPasswordsMeetTheRulesAndDiffer() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = PasswordRules.temporaryPassword();
      assertEquals(Optional.empty(), PasswordRules.violation("x.y", password, p -> false));
      assertTrue(password.matches("[a-km-zA-HJ-NP-Z2-9]{12}"), password);
      seen.add(password);
    }
    assertEquals(200, seen.size());
  }
}
