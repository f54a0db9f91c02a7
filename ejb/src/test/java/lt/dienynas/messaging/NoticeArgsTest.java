package lt.dienynas.messaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class NoticeArgsTest {
  @Test
  void argumentsBecomeTextThatReadsBackTheSame() {
    String encoded =
        NoticeArgs.encode(
            "5a", LocalDate.of(2030, 12, 31), LocalTime.of(18, 0), null, 7, "Ąžuolas, „šventė“");
    assertArrayEquals(
        new Object[] {"5a", "2030-12-31", "18:00", "", "7", "Ąžuolas, „šventė“"},
        NoticeArgs.decode(encoded));
    assertArrayEquals(new Object[0], NoticeArgs.decode(NoticeArgs.encode()));
  }
}
