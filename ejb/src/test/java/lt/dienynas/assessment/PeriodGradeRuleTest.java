package lt.dienynas.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodGradeRuleTest {

  @Test
  void semesterIsTheMeanRoundedHalfUp() {
    assertEquals("8", PeriodGradeRule.semester(List.of(7, 8)).orElseThrow().notation());
    assertEquals("7", PeriodGradeRule.semester(List.of(6, 7)).orElseThrow().notation());
    assertEquals("7", PeriodGradeRule.semester(List.of(7, 7, 8)).orElseThrow().notation());
    assertEquals("8", PeriodGradeRule.semester(List.of(7, 8, 8)).orElseThrow().notation());
    assertEquals("5", PeriodGradeRule.semester(List.of(4, 5, 5, 6)).orElseThrow().notation());
    assertTrue(PeriodGradeRule.semester(List.of()).isEmpty());
  }

  @Test
  void annualIsTheMeanOfTheSemesters() {
    assertEquals(
        "8",
        PeriodGradeRule.annual(
                Optional.of(PeriodGradeValue.tenPoint(8)),
                Optional.of(PeriodGradeValue.tenPoint(7)))
            .orElseThrow()
            .notation());
    assertEquals(
        "įsk.",
        PeriodGradeRule.annual(
                Optional.of(PeriodGradeValue.parse("įsk")),
                Optional.of(PeriodGradeValue.parse("įsk")))
            .orElseThrow()
            .notation());
    assertTrue(
        PeriodGradeRule.annual(Optional.of(PeriodGradeValue.tenPoint(8)), Optional.empty())
            .isEmpty());
  }

  @Test
  void progressIsReadAndShown() {
    assertEquals("pp", PeriodGradeValue.parse("padarė pažangą").notation());
    assertEquals("npp", PeriodGradeValue.parse("npp").notation());
    assertEquals(PeriodGradeScale.EXEMPT, PeriodGradeValue.parse("atl").scale());
  }
}
