package lt.dienynas.yearend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Mokinių mokymosi pasiekimų apskaitos suvestinė of one class: every student with every subject's
 * period results, the missed lessons per period and the promotion decision, as read from the period
 * results. Immutable; the documents of the year end are rendered from it alone, so the same data
 * always gives the same bytes.
 *
 * @param lastChange the latest time any of the class's period results was entered: the documents'
 *     creation date (so a rerun on unchanged data writes the same bytes)
 */
public record ClassSummary(
    long yearId,
    String yearName,
    long classId,
    String className,
    String classTeacherName,
    LocalDate teachingEnd,
    LocalDateTime lastChange,
    List<StudentLine> students) {

  public ClassSummary {
    Objects.requireNonNull(yearName, "yearName");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(teachingEnd, "teachingEnd");
    Objects.requireNonNull(lastChange, "lastChange");
    students = List.copyOf(students);
  }

  /**
   * One student of the class: results per subject, attendance per period, promotion, and the hours
   * of social-civic activity of the year (§21.12, §7.1; null for a class not of grades 5–8).
   */
  public record StudentLine(
      long studentId,
      String lastName,
      String firstName,
      List<SubjectLine> subjects,
      Absences firstSemester,
      Absences secondSemester,
      Absences annual,
      String promotion,
      BigDecimal socialCivicHours) {
    public StudentLine {
      subjects = List.copyOf(subjects);
    }

    public String fullName() {
      return lastName + " " + firstName;
    }
  }

  /**
   * One subject of a student. Values are the grades as entered (text: "8", "įsk.", "atl."); null
   * where nothing was entered.
   */
  public record SubjectLine(
      long subjectId,
      String subject,
      String firstSemester,
      String secondSemester,
      String annual,
      String additionalWork,
      String summerWork) {

    /** Galutinis įvertinimas: the summer work's result, else the additional work's, else annual. */
    public String finalResult() {
      if (summerWork != null) {
        return summerWork;
      }
      if (additionalWork != null) {
        return additionalWork;
      }
      return annual;
    }
  }

  /** Praleistos pamokos of a period: all missed and the justified part (null: not entered). */
  public record Absences(Integer missed, Integer justified) {
    public static final Absences NONE = new Absences(null, null);

    public Integer unjustified() {
      return missed == null || justified == null ? null : missed - justified;
    }
  }
}
