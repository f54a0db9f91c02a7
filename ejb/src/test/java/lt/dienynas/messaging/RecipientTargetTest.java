package lt.dienynas.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RecipientTargetTest {
  @Test
  void aTargetIsWrittenAndReadBackAsAFormValue() {
    RecipientTarget target = new RecipientTarget(RecipientKind.CLASS_GUARDIANS, 17);
    assertEquals("CLASS_GUARDIANS:17", target.key());
    assertEquals(target, RecipientTarget.parse(target.key()));
    assertThrows(IllegalArgumentException.class, () -> RecipientTarget.parse("NOBODY:1"));
    assertThrows(IllegalArgumentException.class, () -> RecipientTarget.parse("17"));
  }
}
