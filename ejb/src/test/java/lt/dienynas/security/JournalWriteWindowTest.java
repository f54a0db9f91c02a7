package lt.dienynas.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import lt.dienynas.security.JournalWriteWindow.Assigned;
import lt.dienynas.shared.DateRange;
import org.junit.jupiter.api.Test;

class JournalWriteWindowTest {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 7);
  private static final long MATHS = 3;
  private static final long LITHUANIAN = 4;

  @Test
  void aTeacherWritesTheirSubjectWhileAssignedAndASubstituteTheirLesson() {
    JournalWriteWindow teacher =
        new JournalWriteWindow(
            7, true, List.of(new Assigned(MATHS, new DateRange(DAY, DAY.plusDays(30)))));
    assertTrue(teacher.mayWrite(MATHS, DAY, null));
    assertFalse(teacher.mayWrite(LITHUANIAN, DAY, null), "another subject of the same group");
    assertFalse(teacher.mayWrite(MATHS, DAY.minusDays(1), null));
    assertFalse(teacher.mayWrite(MATHS, DAY.plusDays(31), 8L));

    JournalWriteWindow substitute = new JournalWriteWindow(8, true, List.of());
    assertTrue(substitute.mayWrite(LITHUANIAN, DAY, 8L));
    assertFalse(substitute.mayWrite(LITHUANIAN, DAY, 9L));
    assertFalse(new JournalWriteWindow(8, false, List.of()).mayWrite(MATHS, DAY, 8L));
  }
}
