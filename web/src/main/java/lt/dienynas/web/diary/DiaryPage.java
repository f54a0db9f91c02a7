package lt.dienynas.web.diary;

import jakarta.inject.Inject;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import lt.dienynas.assessment.PeriodGradeService;
import lt.dienynas.assessment.PlannedTestService;
import lt.dienynas.assessment.PlannedTestView;
import lt.dienynas.assessment.StudentPeriodGrade;
import lt.dienynas.diary.AttendanceTotals;
import lt.dienynas.diary.DiaryMark;
import lt.dienynas.diary.DiaryService;
import lt.dienynas.diary.DiaryWeek;
import lt.dienynas.diary.SubjectOption;
import lt.dienynas.shared.SchoolClock;

/**
 * What a diary page shows for one student: the week of the date, and from the school year's start
 * to that week the attendance totals and the marks (of one subject, or all).
 */
public abstract class DiaryPage implements Serializable {
  @Inject private SchoolClock clock;

  @Serial private static final long serialVersionUID = 1L;

  /** How far from the shown week's Monday the coming tests are listed. */
  static final int COMING_DAYS = 60;

  @Inject protected DiaryService diary;

  @Inject private PlannedTestService plannedTests;

  @Inject private PeriodGradeService periodGrades;

  private LocalDate date;
  private Long subject;
  private DiaryWeek week;
  private AttendanceTotals totals;
  private List<SubjectOption> subjects;
  private List<DiaryMark> marks;
  private List<PlannedTestView> comingTests;
  private List<StudentPeriodGrade> grades;

  protected void show(long studentId) {
    week = diary.week(studentId, getDate());
    LocalDate to = week.sunday();
    LocalDate from = yearStart(getDate());
    totals = diary.attendanceTotals(studentId, from, to);
    subjects = diary.subjects(studentId, from, to);
    marks = diary.marks(studentId, subject, from, to);
    comingTests =
        plannedTests.ofStudent(studentId, week.monday(), week.monday().plusDays(COMING_DAYS));
    grades = periodGrades.ofStudentOn(studentId, getDate());
  }

  /** 1 September of the school year the date falls in. */
  static LocalDate yearStart(LocalDate date) {
    int year =
        date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    return LocalDate.of(year, Month.SEPTEMBER, 1);
  }

  public LocalDate getPreviousWeek() {
    return getDate().minusWeeks(1);
  }

  public LocalDate getNextWeek() {
    return getDate().plusWeeks(1);
  }

  public LocalDate getDate() {
    return date == null ? clock.today() : date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public Long getSubject() {
    return subject;
  }

  public void setSubject(Long subject) {
    this.subject = subject;
  }

  public DiaryWeek getWeek() {
    return week;
  }

  public AttendanceTotals getTotals() {
    return totals;
  }

  public List<SubjectOption> getSubjects() {
    return subjects;
  }

  public List<DiaryMark> getMarks() {
    return marks;
  }

  /** The student's tests from the shown week on (atsiskaitomieji darbai). */
  public List<PlannedTestView> getComingTests() {
    return comingTests;
  }

  /** The student's semester and annual grades of the date's school year. */
  public List<StudentPeriodGrade> getPeriodGrades() {
    return grades;
  }
}
