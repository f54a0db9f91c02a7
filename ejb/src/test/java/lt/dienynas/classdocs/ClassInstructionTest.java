package lt.dienynas.classdocs;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** An instruction keeps its own rules: its texts, one filing of its sheet, its year of keeping. */
class ClassInstructionTest {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 7);
  private static final LocalDateTime AT = DAY.atTime(9, 0);

  private static ClassInstruction instruction() {
    return new ClassInstruction(
        1, 2, InstructionKind.SAFETY, DAY, "  Saugus elgesys ", "Turinys", 3, AT);
  }

  @Test
  void theSheetIsFiledOnce() {
    ClassInstruction instruction = instruction();
    assertEquals("Saugus elgesys", instruction.getTitle());
    assertTrue(instruction.getSheetFiledAt().isEmpty());
    instruction.fileSheet(3, AT.plusDays(1));
    assertEquals(3L, instruction.getSheetFiledBy().orElseThrow());
    assertRefused(
        "classdocs.instruction.alreadyFiled", () -> instruction.fileSheet(4, AT.plusDays(2)));
    assertEquals(3L, instruction.getSheetFiledBy().orElseThrow());
  }

  @Test
  void keptOneYearToTheDay() {
    ClassInstruction instruction = instruction();
    assertFalse(instruction.expiredOn(DAY.plusYears(1)));
    assertTrue(instruction.expiredOn(DAY.plusYears(1).plusDays(1)));
  }

  @Test
  void aTitleAndContentAreRequiredWithinTheirLength() {
    assertRefused(
        "classdocs.instruction.title",
        () -> new ClassInstruction(1, 2, InstructionKind.OTHER, DAY, " ", "x", 3, AT));
    assertRefused(
        "classdocs.instruction.content",
        () -> new ClassInstruction(1, 2, InstructionKind.OTHER, DAY, "x", "y".repeat(4001), 3, AT));
  }
}
