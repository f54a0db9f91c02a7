package lt.dienynas.classdocs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What an instruction's sign sheet prints: the instruction and the students of its day. */
public record SignSheet(
    long instructionId,
    int version,
    String groupName,
    InstructionKind kind,
    LocalDate date,
    String title,
    String content,
    String heldBy,
    LocalDateTime recordedAt,
    List<RosterLine> students) {
  public SignSheet {
    students = List.copyOf(students);
  }
}
