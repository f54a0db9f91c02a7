package lt.dienynas.journal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A guardian's justification note as the class teacher and the guardian see it, with the §21.8
 * deadline (2 working days from receiving it) and whether it has passed undecided.
 */
public record PendingNote(
    long noteId,
    long studentId,
    String studentName,
    String guardianName,
    LocalDate from,
    LocalDate to,
    JustificationReason reason,
    String text,
    LocalDateTime submittedAt,
    NoteStatus status,
    LocalDate deadline,
    boolean overdue,
    String decisionComment)
    implements Serializable {}
