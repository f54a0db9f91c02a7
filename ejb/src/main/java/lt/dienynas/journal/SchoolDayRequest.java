package lt.dienynas.journal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.shared.PlainText;

/**
 * School days to mark in one action (§23.3, §23.15): every school day from {@code from} to {@code
 * to}, for the classes named or, with none, the whole school of the year.
 *
 * @param schoolYearId the year; null: the one that holds {@code from}
 * @param reason why the lessons did not take place (a day without lessons only)
 * @param note what happened, in words (needed for the reason {@code OTHER})
 */
public record SchoolDayRequest(
    Long schoolYearId,
    LocalDate from,
    LocalDate to,
    List<Long> classIds,
    SchoolDayKind kind,
    NotHeldReason reason,
    @PlainText String note)
    implements Serializable {}
