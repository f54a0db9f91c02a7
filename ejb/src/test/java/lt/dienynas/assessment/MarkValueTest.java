package lt.dienynas.assessment;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkValueTest {

  @ParameterizedTest
  @CsvSource({
    "1, TEN_POINT, 1, 1",
    "10, TEN_POINT, 10, 10",
    "įsk, PASS_FAIL, PASSED, įsk.",
    "Įskaityta, PASS_FAIL, PASSED, įsk.",
    "neisk, PASS_FAIL, FAILED, neįsk.",
    "atl., EXEMPT, EXEMPT, atl.",
    "sl, ACHIEVEMENT_LEVEL, THRESHOLD, sl.",
    "patenkinamas, ACHIEVEMENT_LEVEL, SATISFACTORY, pat.",
    "pagr, ACHIEVEMENT_LEVEL, BASIC, pagr.",
    "aukst, ACHIEVEMENT_LEVEL, ADVANCED, aukšt."
  })
  void aTypedMarkIsReadOnItsScale(String typed, MarkScale scale, String value, String shown) {
    MarkValue mark = MarkValue.parse(typed);
    assertEquals(scale, mark.scale());
    assertEquals(value, mark.value());
    assertEquals(shown, mark.notation());
    assertEquals(mark, MarkValue.parse(mark.notation()), "what the journal shows reads back");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "11", "-3", "100"})
  void aNumberOutsideOneToTenIsRefused(String typed) {
    assertRefused("mark.tenPoint", () -> MarkValue.parse(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "", "7.5", "10+", "n"})
  void anythingElseIsRefused(String typed) {
    assertRefused("mark.unknown", () -> MarkValue.parse(typed));
  }

  @Test
  void onlyValidValuesCanBeBuilt() {
    assertRefused("mark.unknown", () -> new MarkValue(MarkScale.TEN_POINT, "11", null));
    assertRefused("mark.unknown", () -> new MarkValue(MarkScale.PASS_FAIL, "7", null));
    assertRefused("mark.unknown", () -> new MarkValue(MarkScale.DESCRIPTIVE, "7", "Gerai"));
    assertRefused("mark.comment", () -> MarkValue.descriptive("  "));
    assertRefused("mark.comment", () -> MarkValue.tenPoint(5).withComment("x".repeat(2001)));
    assertEquals("apr.", MarkValue.descriptive("Skaito sklandžiai").notation());
  }

  @Test
  void gradesHaveTheirDefaultScalesAndExemptIsAlwaysAllowed() {
    assertTrue(AssessmentRule.defaultScales(Optional.of(2)).contains(MarkScale.ACHIEVEMENT_LEVEL));
    assertTrue(AssessmentRule.defaultScales(Optional.of(0)).contains(MarkScale.DESCRIPTIVE));
    assertEquals(
        java.util.Set.of(MarkScale.TEN_POINT, MarkScale.EXEMPT),
        AssessmentRule.defaultScales(Optional.of(7)));
    assertTrue(AssessmentRule.defaultScales(Optional.empty()).contains(MarkScale.PASS_FAIL));
  }
}
