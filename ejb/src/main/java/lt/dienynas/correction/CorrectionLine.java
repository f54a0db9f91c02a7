package lt.dienynas.correction;

import java.util.Objects;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.shared.BusinessException;

/**
 * One field an act changes, as drafted: a student's mark in a lesson, a period grade, or a period's
 * missed / justified counts, each with its wrong and its correct value. A blank mark means "no
 * mark" (a mark written by mistake is corrected to blank; a forgotten one from blank).
 */
public record CorrectionLine(
    CorrectionKind kind,
    long studentId,
    Long lessonId,
    PeriodKind period,
    String wrongValue,
    String correctValue,
    Integer wrongMissed,
    Integer wrongJustified,
    Integer correctMissed,
    Integer correctJustified) {

  public CorrectionLine {
    Objects.requireNonNull(kind, "kind");
    wrongValue = blankToNull(wrongValue);
    correctValue = blankToNull(correctValue);
    switch (kind) {
      case MARK -> {
        if (lessonId == null || Objects.equals(wrongValue, correctValue)) {
          throw new BusinessException("correction.line");
        }
      }
      case PERIOD_GRADE -> {
        if (period == null || Objects.equals(wrongValue, correctValue)) {
          throw new BusinessException("correction.line");
        }
      }
      case PERIOD_ATTENDANCE -> {
        if (period == null
            || !validCounts(wrongMissed, wrongJustified)
            || !validCounts(correctMissed, correctJustified)
            || (wrongMissed.equals(correctMissed) && wrongJustified.equals(correctJustified))) {
          throw new BusinessException("correction.counts");
        }
      }
      case ADDITIONAL_WORK, SUMMER_WORK -> {
        // a work's result can be corrected, not removed
        if (correctValue == null || Objects.equals(wrongValue, correctValue)) {
          throw new BusinessException("correction.line");
        }
      }
    }
  }

  public static CorrectionLine mark(long studentId, long lessonId, String wrong, String correct) {
    return new CorrectionLine(
        CorrectionKind.MARK, studentId, lessonId, null, wrong, correct, null, null, null, null);
  }

  public static CorrectionLine periodGrade(
      long studentId, PeriodKind period, String wrong, String correct) {
    return new CorrectionLine(
        CorrectionKind.PERIOD_GRADE,
        studentId,
        null,
        period,
        wrong,
        correct,
        null,
        null,
        null,
        null);
  }

  public static CorrectionLine periodAttendance(
      long studentId,
      PeriodKind period,
      int wrongMissed,
      int wrongJustified,
      int correctMissed,
      int correctJustified) {
    return new CorrectionLine(
        CorrectionKind.PERIOD_ATTENDANCE,
        studentId,
        null,
        period,
        null,
        null,
        wrongMissed,
        wrongJustified,
        correctMissed,
        correctJustified);
  }

  /** An additional ({@code summer} false) or summer work's result of the act's subject. */
  public static CorrectionLine work(long studentId, boolean summer, String wrong, String correct) {
    return new CorrectionLine(
        summer ? CorrectionKind.SUMMER_WORK : CorrectionKind.ADDITIONAL_WORK,
        studentId,
        null,
        null,
        wrong,
        correct,
        null,
        null,
        null,
        null);
  }

  private static boolean validCounts(Integer missed, Integer justified) {
    return missed != null
        && justified != null
        && missed >= 0
        && justified >= 0
        && justified <= missed;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
