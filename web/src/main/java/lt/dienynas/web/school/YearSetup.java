package lt.dienynas.web.school;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.Subject;
import lt.dienynas.school.YearSetupService;
import lt.dienynas.school.YearSetupService.YearLine;
import lt.dienynas.school.YearSetupService.YearOverview;
import lt.dienynas.web.faces.PageMessages;

/**
 * Mokslo metų nustatymai: the school year, its periods, holidays, bell schedule, subjects and
 * curriculum per grade (§18.1). The service decides what may change.
 */
@Named
@ViewScoped
public class YearSetup implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private YearSetupService setup;

  private Long year;
  private List<YearLine> years;
  private YearOverview overview;
  private List<Subject> subjects;

  private String newYearName;
  private LocalDate newYearStart;
  private LocalDate newYearEnd;
  private PeriodKind periodKind = PeriodKind.FIRST_SEMESTER;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private String holidayName;
  private LocalDate holidayStart;
  private LocalDate holidayEnd;
  private Integer lessonNumber;
  private LocalTime lessonStart;
  private LocalTime lessonEnd;
  private String subjectCode;
  private String subjectName;
  private String subjectNameEn;
  private Integer curriculumGrade;
  private Long curriculumSubject;
  private Integer weeklyLessons;

  /** Loads the chosen year, or the newest one. */
  public void load() {
    years = setup.years();
    if (year == null && !years.isEmpty()) {
      year = years.get(0).id();
    }
    overview = year == null ? null : setup.overview(year);
    subjects = setup.subjects();
  }

  public String createYear() {
    long id = setup.createYear(newYearName, newYearStart, newYearEnd);
    return "/schoolyear/setup.xhtml?faces-redirect=true&year=" + id;
  }

  public void definePeriod() {
    setup.definePeriod(year, periodKind, periodStart, periodEnd);
    PageMessages.info("setup.saved");
    load();
  }

  public void addHoliday() {
    setup.addHoliday(year, holidayName, holidayStart, holidayEnd);
    holidayName = null;
    PageMessages.info("setup.saved");
    load();
  }

  public void removeHoliday(long holidayId) {
    setup.removeHoliday(year, holidayId);
    load();
  }

  public void setLessonTime() {
    setup.setLessonTime(year, lessonNumber == null ? -1 : lessonNumber, lessonStart, lessonEnd);
    PageMessages.info("setup.saved");
    load();
  }

  public void removeLessonTime(int number) {
    setup.removeLessonTime(year, number);
    load();
  }

  public void createSubject() {
    setup.createSubject(subjectCode, subjectName, subjectNameEn);
    subjectCode = null;
    subjectName = null;
    subjectNameEn = null;
    PageMessages.info("setup.saved");
    load();
  }

  public void setCurriculum() {
    setup.setCurriculum(
        year,
        curriculumGrade == null ? -1 : curriculumGrade,
        curriculumSubject == null ? 0 : curriculumSubject,
        weeklyLessons == null ? -1 : weeklyLessons);
    PageMessages.info("setup.saved");
    load();
  }

  public PeriodKind[] getPeriodKinds() {
    return PeriodKind.values();
  }

  public List<Integer> getGrades() {
    return List.of(0, 1, 2, 3, 4, 5, 6, 7, 8);
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
  }

  public List<YearLine> getYears() {
    return years;
  }

  public YearOverview getOverview() {
    return overview;
  }

  public List<Subject> getSubjects() {
    return subjects;
  }

  public String getNewYearName() {
    return newYearName;
  }

  public void setNewYearName(String newYearName) {
    this.newYearName = newYearName;
  }

  public LocalDate getNewYearStart() {
    return newYearStart;
  }

  public void setNewYearStart(LocalDate newYearStart) {
    this.newYearStart = newYearStart;
  }

  public LocalDate getNewYearEnd() {
    return newYearEnd;
  }

  public void setNewYearEnd(LocalDate newYearEnd) {
    this.newYearEnd = newYearEnd;
  }

  public PeriodKind getPeriodKind() {
    return periodKind;
  }

  public void setPeriodKind(PeriodKind periodKind) {
    this.periodKind = periodKind;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public String getHolidayName() {
    return holidayName;
  }

  public void setHolidayName(String holidayName) {
    this.holidayName = holidayName;
  }

  public LocalDate getHolidayStart() {
    return holidayStart;
  }

  public void setHolidayStart(LocalDate holidayStart) {
    this.holidayStart = holidayStart;
  }

  public LocalDate getHolidayEnd() {
    return holidayEnd;
  }

  public void setHolidayEnd(LocalDate holidayEnd) {
    this.holidayEnd = holidayEnd;
  }

  public Integer getLessonNumber() {
    return lessonNumber;
  }

  public void setLessonNumber(Integer lessonNumber) {
    this.lessonNumber = lessonNumber;
  }

  public LocalTime getLessonStart() {
    return lessonStart;
  }

  public void setLessonStart(LocalTime lessonStart) {
    this.lessonStart = lessonStart;
  }

  public LocalTime getLessonEnd() {
    return lessonEnd;
  }

  public void setLessonEnd(LocalTime lessonEnd) {
    this.lessonEnd = lessonEnd;
  }

  public String getSubjectCode() {
    return subjectCode;
  }

  public void setSubjectCode(String subjectCode) {
    this.subjectCode = subjectCode;
  }

  public String getSubjectName() {
    return subjectName;
  }

  public void setSubjectName(String subjectName) {
    this.subjectName = subjectName;
  }

  public String getSubjectNameEn() {
    return subjectNameEn;
  }

  public void setSubjectNameEn(String subjectNameEn) {
    this.subjectNameEn = subjectNameEn;
  }

  public Integer getCurriculumGrade() {
    return curriculumGrade;
  }

  public void setCurriculumGrade(Integer curriculumGrade) {
    this.curriculumGrade = curriculumGrade;
  }

  public Long getCurriculumSubject() {
    return curriculumSubject;
  }

  public void setCurriculumSubject(Long curriculumSubject) {
    this.curriculumSubject = curriculumSubject;
  }

  public Integer getWeeklyLessons() {
    return weeklyLessons;
  }

  public void setWeeklyLessons(Integer weeklyLessons) {
    this.weeklyLessons = weeklyLessons;
  }
}
