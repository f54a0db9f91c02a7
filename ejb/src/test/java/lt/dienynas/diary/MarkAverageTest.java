package lt.dienynas.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkAverageTest {

  @Test
  void theAverageIsTheMeanRoundedHalfUpToTwoDecimals() {
    MarkAverage a = MarkAverage.of(List.of(9, 8, 8), List.of());
    assertEquals(new BigDecimal("8.33"), a.average());
    assertEquals(3, a.count());
    assertEquals(new BigDecimal("8.67"), MarkAverage.of(List.of(9, 9, 8), List.of()).average());
    assertEquals(new BigDecimal("7.50"), MarkAverage.of(List.of(7, 8), List.of()).average());
  }

  @Test
  void againstThePreviousPeriodWhenItHasMarks() {
    MarkAverage up = MarkAverage.of(List.of(8, 9), List.of(7, 8));
    assertEquals(Trend.UP, up.trend());
    assertEquals(TrendBasis.PREVIOUS_PERIOD, up.basis());
    assertEquals(new BigDecimal("7.50"), up.compared());
    // exactly half a point is a change, less is not
    assertEquals(Trend.DOWN, MarkAverage.of(List.of(7), List.of(8, 7)).trend());
    assertEquals(Trend.STEADY, MarkAverage.of(List.of(8, 8, 7), List.of(8)).trend());
    // the previous period decides even with one mark in this one, and over the halves
    assertEquals(Trend.UP, MarkAverage.of(List.of(10, 6), List.of(5)).trend());
  }

  @Test
  void withoutAPreviousPeriodTheSecondHalfAgainstTheFirst() {
    MarkAverage down = MarkAverage.of(List.of(10, 9, 7, 6), List.of());
    assertEquals(Trend.DOWN, down.trend());
    assertEquals(TrendBasis.FIRST_HALF, down.basis());
    assertEquals(new BigDecimal("9.50"), down.compared());
    // of an odd count the middle mark is in neither half: 6 against 8
    assertEquals(Trend.UP, MarkAverage.of(List.of(6, 1, 8), List.of()).trend());
    assertEquals(Trend.STEADY, MarkAverage.of(List.of(8, 10, 8, 10), List.of()).trend());
    assertEquals(Trend.UP, MarkAverage.of(List.of(7, 8), List.of()).trend());
  }

  @Test
  void nothingToCompareIsUnknown() {
    MarkAverage one = MarkAverage.of(List.of(9), List.of());
    assertEquals(Trend.UNKNOWN, one.trend());
    assertEquals(TrendBasis.NONE, one.basis());
    assertEquals(new BigDecimal("9.00"), one.average());
    MarkAverage none = MarkAverage.of(List.of(), List.of(8));
    assertNull(none.average());
    assertEquals(0, none.count());
    assertEquals(Trend.UNKNOWN, none.trend());
  }

  @Test
  void onlyTenPointMarks() {
    assertThrows(IllegalArgumentException.class, () -> MarkAverage.of(List.of(11), List.of()));
    assertThrows(IllegalArgumentException.class, () -> MarkAverage.of(List.of(5), List.of(0)));
  }
}
