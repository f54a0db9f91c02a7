package lt.dienynas.batch.locking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MonthLockBatchletTest {

  @Test
  void aFewMonthsAreListed() {
    assertEquals("LOCKED []", MonthLockBatchlet.exitStatus(List.of()));
    assertEquals(
        "LOCKED [2026-10, 2026-11]",
        MonthLockBatchlet.exitStatus(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11))));
  }

  @Test
  void yearsOfMonthsFitTheJobRepositorysColumn() {
    List<YearMonth> months =
        Stream.iterate(YearMonth.of(2019, 12), m -> m.plusMonths(1)).limit(84).toList();
    String status = MonthLockBatchlet.exitStatus(months);
    assertEquals("LOCKED 84 months [2019-12 .. 2026-11]", status);
    assertTrue(status.length() < 512);
  }
}
