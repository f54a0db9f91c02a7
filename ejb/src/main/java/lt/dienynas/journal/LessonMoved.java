package lt.dienynas.journal;

import java.time.LocalDate;

/**
 * A lesson moved to another date or lesson number (§23.13), fired inside the move's transaction:
 * the class's students and guardians are told in the same transaction (the notice outbox), so a
 * move that rolls back tells nobody.
 */
public record LessonMoved(
    long lessonId,
    long groupId,
    String groupName,
    String subjectName,
    LocalDate fromDate,
    int fromNumber,
    LocalDate toDate,
    int toNumber,
    String reason) {}
