package lt.dienynas.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lt.dienynas.reporting.LandingRows.ChildAbsences;
import lt.dienynas.reporting.LandingRows.CountAndLatest;
import lt.dienynas.reporting.LandingRows.OpenAct;
import org.junit.jupiter.api.Test;

class LandingRowsTest {

  @Test
  void aDayFromWhateverTheDriverGives() {
    LocalDate day = LocalDate.of(2026, 12, 7);
    assertEquals(day, LandingRows.dayOf(Date.valueOf(day)));
    assertEquals(day, LandingRows.dayOf(Timestamp.valueOf(day.atTime(23, 59, 1))));
    assertEquals(day, LandingRows.dayOf(LocalDateTime.of(2026, 12, 7, 8, 0)));
    assertEquals(day, LandingRows.dayOf(day));
    assertNull(LandingRows.dayOf(null));
  }

  @Test
  void countsOfAnyWidth() {
    ChildAbsences absences =
        ChildAbsences.of(new Object[] {7, new BigDecimal("3"), BigDecimal.ONE, 2L});
    assertEquals(new ChildAbsences(7, 3, 1, 2), absences);
    assertEquals(new CountAndLatest(0, null), CountAndLatest.of(new Object[] {0L, null}));
  }

  @Test
  void anActNotYetSubmitted() {
    OpenAct act = OpenAct.of(new Object[] {"T12", "6a", Date.valueOf("2030-10-08"), null});
    assertEquals(new OpenAct("T12", "6a", LocalDate.of(2030, 10, 8), null), act);
  }
}
