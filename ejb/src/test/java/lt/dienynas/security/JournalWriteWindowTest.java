package lt.dienynas.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import lt.dienynas.shared.DateRange;
import org.junit.jupiter.api.Test;

class JournalWriteWindowTest {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 7);

  @Test
  void aTeacherWritesWhileAssignedAndASubstituteTheirLesson() {
    JournalWriteWindow teacher =
        new JournalWriteWindow(7, true, List.of(new DateRange(DAY, DAY.plusDays(30))));
    assertTrue(teacher.mayWrite(DAY, null));
    assertFalse(teacher.mayWrite(DAY.minusDays(1), null));
    assertFalse(teacher.mayWrite(DAY.plusDays(31), 8L));

    JournalWriteWindow substitute = new JournalWriteWindow(8, true, List.of());
    assertTrue(substitute.mayWrite(DAY, 8L));
    assertFalse(substitute.mayWrite(DAY, 9L));
    assertFalse(new JournalWriteWindow(8, false, List.of()).mayWrite(DAY, 8L));
  }
}
