package lt.dienynas.journal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The class teacher's justification work for a class (§21.8): guardians' notes waiting for a
 * decision (the overdue ones flagged), the notes decided lately, and the absences still not
 * justified.
 */
public record ClassJustifications(
    long classId,
    String className,
    LocalDate asOf,
    List<PendingNote> waiting,
    List<PendingNote> decided,
    List<UnjustifiedAbsence> unjustified)
    implements Serializable {

  public List<PendingNote> overdue() {
    return waiting.stream().filter(PendingNote::overdue).toList();
  }
}
