package lt.dienynas.diary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.school.PeriodKind;

/**
 * A student's subjects in a period (the semester of the day, or from the school year's start when
 * the year has no semesters set): each subject's marks, average and trend.
 *
 * @param period the semester, or null when the year has none set
 * @param previousFrom the previous semester's first day, or null when there is none
 */
public record SubjectAverages(
    long studentId,
    PeriodKind period,
    LocalDate from,
    LocalDate to,
    LocalDate previousFrom,
    LocalDate previousTo,
    List<SubjectMarks> subjects)
    implements Serializable {
  public SubjectAverages {
    subjects = List.copyOf(subjects);
  }
}
