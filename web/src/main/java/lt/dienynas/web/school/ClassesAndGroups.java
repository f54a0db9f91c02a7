package lt.dienynas.web.school;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.school.ClassLevel;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.Subject;
import lt.dienynas.school.YearSetupService;
import lt.dienynas.school.YearSetupService.StaffLine;
import lt.dienynas.school.YearSetupService.YearOverview;
import lt.dienynas.web.faces.PageMessages;

/** Klasės ir grupės: a year's classes with their class teachers, groups and their teachers. */
@Named
@ViewScoped
public class ClassesAndGroups implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private YearSetupService setup;

  private Long year;
  private YearOverview overview;
  private List<StaffLine> staff;
  private List<Subject> subjects;

  private ClassLevel level = ClassLevel.GRADE;
  private Integer grade;
  private String letter;
  private String className;
  private Long teacherClass;
  private Long classTeacher;
  private GroupKind groupKind = GroupKind.SUBJECT;
  private String groupName;
  private Long groupClass;
  private Long groupSubject;
  private Long assignGroup;
  private Long assignSubject;
  private Long assignTeacher;
  private LocalDate assignFrom;

  public void load() {
    if (year == null) {
      year = setup.years().stream().findFirst().map(YearSetupService.YearLine::id).orElse(null);
    }
    overview = year == null ? null : setup.overview(year);
    staff = setup.staff().stream().filter(StaffLine::active).toList();
    subjects = setup.subjects();
  }

  public void createClass() {
    setup.createClass(year, level, grade, letter, className);
    PageMessages.info("setup.saved");
    letter = null;
    className = null;
    load();
  }

  public void assignClassTeacher() {
    setup.assignClassTeacher(
        teacherClass == null ? 0 : teacherClass, classTeacher == null ? 0 : classTeacher);
    PageMessages.info("setup.saved");
    load();
  }

  public void createGroup() {
    setup.createGroup(year, groupKind, groupName, groupClass, groupSubject);
    PageMessages.info("setup.saved");
    groupName = null;
    load();
  }

  public void assignTeacher() {
    setup.assignTeacher(
        assignGroup == null ? 0 : assignGroup,
        assignSubject == null ? 0 : assignSubject,
        assignTeacher == null ? 0 : assignTeacher,
        assignFrom == null ? overview.year().start() : assignFrom);
    PageMessages.info("setup.saved");
    load();
  }

  public ClassLevel[] getLevels() {
    return ClassLevel.values();
  }

  public List<GroupKind> getGroupKinds() {
    return List.of(
        GroupKind.SUBJECT, GroupKind.HOME_SCHOOLING, GroupKind.NON_FORMAL, GroupKind.VDM);
  }

  public Long getYear() {
    return year;
  }

  public void setYear(Long year) {
    this.year = year;
  }

  public YearOverview getOverview() {
    return overview;
  }

  public List<StaffLine> getStaff() {
    return staff;
  }

  public List<Subject> getSubjects() {
    return subjects;
  }

  public ClassLevel getLevel() {
    return level;
  }

  public void setLevel(ClassLevel level) {
    this.level = level;
  }

  public Integer getGrade() {
    return grade;
  }

  public void setGrade(Integer grade) {
    this.grade = grade;
  }

  public String getLetter() {
    return letter;
  }

  public void setLetter(String letter) {
    this.letter = letter;
  }

  public String getClassName() {
    return className;
  }

  public void setClassName(String className) {
    this.className = className;
  }

  public Long getTeacherClass() {
    return teacherClass;
  }

  public void setTeacherClass(Long teacherClass) {
    this.teacherClass = teacherClass;
  }

  public Long getClassTeacher() {
    return classTeacher;
  }

  public void setClassTeacher(Long classTeacher) {
    this.classTeacher = classTeacher;
  }

  public GroupKind getGroupKind() {
    return groupKind;
  }

  public void setGroupKind(GroupKind groupKind) {
    this.groupKind = groupKind;
  }

  public String getGroupName() {
    return groupName;
  }

  public void setGroupName(String groupName) {
    this.groupName = groupName;
  }

  public Long getGroupClass() {
    return groupClass;
  }

  public void setGroupClass(Long groupClass) {
    this.groupClass = groupClass;
  }

  public Long getGroupSubject() {
    return groupSubject;
  }

  public void setGroupSubject(Long groupSubject) {
    this.groupSubject = groupSubject;
  }

  public Long getAssignGroup() {
    return assignGroup;
  }

  public void setAssignGroup(Long assignGroup) {
    this.assignGroup = assignGroup;
  }

  public Long getAssignSubject() {
    return assignSubject;
  }

  public void setAssignSubject(Long assignSubject) {
    this.assignSubject = assignSubject;
  }

  public Long getAssignTeacher() {
    return assignTeacher;
  }

  public void setAssignTeacher(Long assignTeacher) {
    this.assignTeacher = assignTeacher;
  }

  public LocalDate getAssignFrom() {
    return assignFrom;
  }

  public void setAssignFrom(LocalDate assignFrom) {
    this.assignFrom = assignFrom;
  }
}
