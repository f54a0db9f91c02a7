package lt.dienynas.correction;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An act in a list (class and teacher ids for filtering by them; null when none). */
public record CorrectionSummary(
    long id,
    String number,
    CorrectionStatus status,
    Long classId,
    String groupName,
    String subjectName,
    Long teacherId,
    String teacherName,
    String authorName,
    LocalDate recordDate,
    LocalDateTime createdAt)
    implements Serializable {}
