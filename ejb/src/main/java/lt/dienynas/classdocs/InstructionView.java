package lt.dienynas.classdocs;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An instruction as a page or the API lists it. */
public record InstructionView(
    long id,
    long groupId,
    String groupName,
    InstructionKind kind,
    LocalDate date,
    String title,
    String content,
    String recordedByName,
    LocalDateTime recordedAt,
    String sheetFiledByName,
    LocalDateTime sheetFiledAt,
    int version)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public boolean filed() {
    return sheetFiledAt != null;
  }
}
