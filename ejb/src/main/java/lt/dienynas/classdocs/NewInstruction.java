package lt.dienynas.classdocs;

import jakarta.validation.constraints.NotNull;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import lt.dienynas.shared.PlainText;

/** An instruction to record for a group (its class group, or a subject group) on a day. */
public record NewInstruction(
    long groupId,
    @NotNull(message = "classdocs.instruction.kind") InstructionKind kind,
    @NotNull(message = "classdocs.instruction.date") LocalDate date,
    @PlainText String title,
    @PlainText String content)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
