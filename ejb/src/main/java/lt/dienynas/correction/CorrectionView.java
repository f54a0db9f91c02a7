package lt.dienynas.correction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** An act with everything its page and its printed form (Annex 1) show. */
public record CorrectionView(
    long id,
    String number,
    String schoolYearName,
    CorrectionStatus status,
    long authorId,
    String authorName,
    String teacherName,
    String groupName,
    String subjectName,
    LocalDate recordDate,
    String errorNature,
    String reason,
    LocalDateTime createdAt,
    LocalDateTime submittedAt,
    Party deputy,
    Party admin,
    String appliedByName,
    LocalDateTime appliedAt,
    List<Line> lines) {

  /** An agreeing party's answer: who, what, when, and the reason of a refusal. */
  public record Party(String name, Decision decision, String comment, LocalDateTime decidedAt) {}

  /** A changed field: whose, what (a lesson's date and number, or a period), wrong and correct. */
  public record Line(
      CorrectionKind kind,
      long studentId,
      String studentName,
      String where,
      String wrong,
      String correct) {}

  public boolean agreedByBoth() {
    return deputy != null
        && deputy.decision() == Decision.AGREED
        && admin != null
        && admin.decision() == Decision.AGREED;
  }
}
