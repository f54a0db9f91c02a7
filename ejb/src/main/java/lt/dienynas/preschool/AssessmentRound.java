package lt.dienynas.preschool;

import java.time.Month;
import java.time.YearMonth;
import lt.dienynas.school.SchoolYear;

/**
 * Vertinimo laikotarpis: the two assessments of a school year in which the pre-school teacher
 * records the children's achievement steps (§22.10: October and May).
 */
public enum AssessmentRound {
  /** Spalio mėn. vertinimas. */
  OCTOBER(Month.OCTOBER),
  /** Gegužės mėn. vertinimas. */
  MAY(Month.MAY);

  private final Month month;

  AssessmentRound(Month month) {
    this.month = month;
  }

  /** The round's month in the school year: the October after it starts, the May after that. */
  public YearMonth monthIn(SchoolYear year) {
    YearMonth start = YearMonth.from(year.getStartDate());
    YearMonth candidate = start.withMonth(month.getValue());
    return candidate.isBefore(start) ? candidate.plusYears(1) : candidate;
  }
}
