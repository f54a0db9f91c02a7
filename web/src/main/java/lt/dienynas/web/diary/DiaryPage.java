package lt.dienynas.web.diary;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.ResourceBundle;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.PeriodGradeService;
import lt.dienynas.assessment.PlannedTestService;
import lt.dienynas.assessment.PlannedTestView;
import lt.dienynas.assessment.StudentPeriodGrade;
import lt.dienynas.diary.AttendanceTotals;
import lt.dienynas.diary.DiaryMark;
import lt.dienynas.diary.DiaryService;
import lt.dienynas.diary.DiaryWeek;
import lt.dienynas.diary.MonthAttendance;
import lt.dienynas.diary.SubjectAverages;
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
  private SubjectAverages averages;
  private List<MonthAttendance> byMonth;
  private String marksChart;
  private String attendanceChart;
  private boolean marksCharted;

  protected void show(long studentId) {
    week = diary.week(studentId, getDate());
    LocalDate from = DiaryService.yearStart(getDate());
    // the school year up to the shown week (the last week of August ends in the next year)
    LocalDate to =
        week.sunday().isBefore(from.plusYears(1)) ? week.sunday() : from.plusYears(1).minusDays(1);
    totals = diary.attendanceTotals(studentId, from, to);
    subjects = diary.subjects(studentId, from, to);
    marks = diary.marks(studentId, subject, from, to);
    List<DiaryMark> allMarks = subject == null ? marks : diary.marks(studentId, null, from, to);
    comingTests =
        plannedTests.ofStudent(studentId, week.monday(), week.monday().plusDays(COMING_DAYS));
    grades = periodGrades.ofStudentOn(studentId, getDate());
    averages = diary.subjectAverages(studentId, getDate());
    byMonth = diary.attendanceByMonth(studentId, from, to);
    ResourceBundle text = texts();
    marksChart =
        DiaryCharts.marks(
            allMarks, DiaryCharts.months(YearMonth.from(from), YearMonth.from(to)), text);
    attendanceChart = DiaryCharts.attendance(byMonth, text);
    marksCharted = allMarks.stream().anyMatch(m -> m.mark().scale() == MarkScale.TEN_POINT);
  }

  private static ResourceBundle texts() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "text");
  }

  /** The student's subjects of the semester: marks, average, trend. */
  public SubjectAverages getAverages() {
    return averages;
  }

  /** The school year's months up to the shown week: lessons held, attended, missed. */
  public List<MonthAttendance> getAttendanceByMonth() {
    return byMonth;
  }

  /** Chart.js configuration of the marks' monthly averages (p:chart). */
  public String getMarksChart() {
    return marksChart;
  }

  /** Chart.js configuration of the attendance by month (p:chart). */
  public String getAttendanceChart() {
    return attendanceChart;
  }

  /** Whether any subject has a ten-point mark this school year (else no marks chart). */
  public boolean isMarksCharted() {
    return marksCharted;
  }

  public LocalDate getPreviousWeek() {
    return week == null ? getDate().minusWeeks(1) : week.previousMonday();
  }

  public LocalDate getNextWeek() {
    return week == null ? getDate().plusWeeks(1) : week.nextMonday();
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
