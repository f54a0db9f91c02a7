package lt.dienynas.correction;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An act in a list. */
public record CorrectionSummary(
    long id,
    String number,
    CorrectionStatus status,
    String groupName,
    String subjectName,
    String teacherName,
    String authorName,
    LocalDate recordDate,
    LocalDateTime createdAt) {}
