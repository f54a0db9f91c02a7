package lt.dienynas.journal;

import java.io.Serializable;

/**
 * Something that someone else changed in a lesson while a person had it open, and the person
 * changed too: which field (or which student's cell), who changed it meanwhile, and what it holds
 * now.
 *
 * @param field {@code topic}, {@code homework}, {@code homeworkDue}, {@code notes}, {@code
 *     notHeld}, {@code distance}, or {@code cell} for a student's cell
 * @param studentId the student of a cell, null for a field of the lesson
 * @param studentName the student's name, null for a field of the lesson
 * @param changedBy who changed it meanwhile (null when the history does not say)
 * @param current what it holds now: the field's value (a {@code String}, {@code LocalDate}, {@link
 *     NotHeldReason} or {@code Boolean}, null when empty), or the cell as written ("" when empty)
 */
public record JournalConflict(
    String field, Long studentId, String studentName, String changedBy, Serializable current)
    implements Serializable {

  public boolean isCell() {
    return studentId != null;
  }
}
