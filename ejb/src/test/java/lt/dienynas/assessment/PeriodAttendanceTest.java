package lt.dienynas.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.people.Student;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** A period's missed lessons: their own invariants, and a lock only a correction act passes. */
class PeriodAttendanceTest {
  private static final LocalDateTime AT = LocalDateTime.of(2031, 1, 20, 10, 0);

  private final Student student =
      new Student("Ūla", "Žemaitytė", PersonalCode.of(LocalDate.of(2018, 3, 4), false, 1));
  private final Student by =
      new Student("Jonas", "Mokytojas", PersonalCode.of(LocalDate.of(1980, 5, 6), true, 2));

  private PeriodAttendance counts() {
    return new PeriodAttendance(
        new SchoolYear("2030–2031", LocalDate.of(2030, 9, 1), LocalDate.of(2031, 8, 31)),
        PeriodKind.FIRST_SEMESTER,
        student);
  }

  @Test
  void lockedCountsChangeOnlyUnderAnAct() {
    PeriodAttendance row = counts();
    row.set(4, 1, by, AT, false);
    row.lock(AT);
    assertEquals(
        "periodGrade.locked",
        assertThrows(BusinessException.class, () -> row.set(5, 1, by, AT, false)).getKey());
    assertEquals(4, row.getMissed());
    row.set(5, 2, by, AT, true);
    assertEquals(5, row.getMissed());
    assertEquals(2, row.getJustified());
  }

  @Test
  void anActCannotBreakTheCounts() {
    PeriodAttendance row = counts();
    row.lock(AT);
    assertEquals(
        "periodAttendance.counts",
        assertThrows(BusinessException.class, () -> row.set(1, 2, by, AT, true)).getKey());
    assertEquals(
        "periodAttendance.counts",
        assertThrows(BusinessException.class, () -> row.set(-1, 0, by, AT, true)).getKey());
  }
}
