package lt.dienynas.testing;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.journal.AttendanceService;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.MarkInput;
import lt.dienynas.journal.MarkService;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.Role;
import lt.dienynas.support.StudentSupport;
import lt.dienynas.testing.Fixtures.Account;

/**
 * A school of a test's own for the watch lists, early warnings and management reports: a year of
 * its own dates (so that no other test's year contains them), one or more grade classes with their
 * class teachers and students, two subjects taught by one teacher, and the journal written through
 * the journal's services.
 */
public final class WatchSchool {
  public final Fixtures fx;
  private final EntityManager em;
  public final SchoolYear year;
  public final LocalDate start;
  public final Subject maths;
  public final Subject lithuanian;
  public final StaffMember teacher;
  public final Account teacherAccount;
  public final List<StudyGroup> classGroups = new ArrayList<>();
  public final List<Long> classIds = new ArrayList<>();
  public final List<Account> classTeachers = new ArrayList<>();
  public final List<List<Student>> students = new ArrayList<>();

  /**
   * @param startYear the calendar year the school year starts in (1 September); its first semester
   *     runs to 24 January, the second from 27 January to 20 June
   */
  public WatchSchool(Fixtures fx, EntityManager em, int startYear, int... classSizes)
      throws Exception {
    this.fx = fx;
    this.em = em;
    this.start = LocalDate.of(startYear, 9, 1);
    this.year =
        fx.inTx(
            () -> {
              SchoolYear y =
                  new SchoolYear(Fixtures.unique("W"), start, LocalDate.of(startYear + 1, 8, 31));
              y.definePeriod(PeriodKind.FIRST_SEMESTER, start, LocalDate.of(startYear + 1, 1, 24));
              y.definePeriod(
                  PeriodKind.SECOND_SEMESTER,
                  LocalDate.of(startYear + 1, 1, 27),
                  LocalDate.of(startYear + 1, 6, 20));
              y.definePeriod(PeriodKind.ANNUAL, start, LocalDate.of(startYear + 1, 6, 20));
              em.persist(y);
              return y;
            });
    this.maths = fx.subject("Matematika");
    this.lithuanian = fx.subject("Lietuvių kalba");
    this.teacher = fx.staff("Vaida", "Dalykininkė", Role.TEACHER);
    this.teacherAccount = fx.account(teacher);
    char letter = 'a';
    for (int size : classSizes) {
      StaffMember classTeacher = fx.staff("Jūratė", "Vadovė", Role.CLASS_TEACHER, Role.TEACHER);
      classTeachers.add(fx.account(classTeacher));
      StudyGroup group = fx.gradeClass(year, 6, String.valueOf(letter++), classTeacher);
      classGroups.add(group);
      classIds.add(
          fx.inTx(
              () ->
                  em.find(StudyGroup.class, group.getId())
                      .getSchoolClass()
                      .map(SchoolClass::getId)
                      .orElseThrow()));
      fx.teach(teacher, maths, group, start);
      fx.teach(teacher, lithuanian, group, start);
      List<Student> mine = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Student s = fx.student("Mokinys" + i, "Stebimas" + Fixtures.unique(""), 2019);
        fx.member(group, s, start);
        mine.add(s);
      }
      students.add(mine);
    }
  }

  public Lesson lesson(int classIndex, Subject subject, LocalDate date, int number)
      throws Exception {
    return fx.inTx(
        () -> {
          Lesson lesson =
              new Lesson(
                  em.find(StudyGroup.class, classGroups.get(classIndex).getId()),
                  em.find(Subject.class, subject.getId()),
                  em.find(StaffMember.class, teacher.getId()),
                  date,
                  number,
                  null);
          em.persist(lesson);
          return lesson;
        });
  }

  public void attendance(
      AttendanceService service, Lesson lesson, Map<Long, AttendanceStatus> statuses)
      throws Exception {
    JournalSchool.doAs(teacherAccount, () -> service.recordAll(lesson.getId(), statuses));
  }

  public void marks(MarkService service, Lesson lesson, Map<Long, Integer> tenPoint)
      throws Exception {
    JournalSchool.doAs(
        teacherAccount,
        () -> {
          for (Map.Entry<Long, Integer> e : tenPoint.entrySet()) {
            service.record(
                lesson.getId(), e.getKey(), MarkInput.of(MarkValue.tenPoint(e.getValue())));
          }
        });
  }

  /** The specialist supports the student from {@code from}, ending on {@code lastDay} if given. */
  public long support(StaffMember specialist, Student student, LocalDate from, LocalDate lastDay)
      throws Exception {
    return fx.inTx(
        () -> {
          StudentSupport support =
              new StudentSupport(
                  em.find(StaffMember.class, specialist.getId()),
                  em.find(Student.class, student.getId()),
                  from);
          if (lastDay != null) {
            support.end(lastDay);
          }
          em.persist(support);
          em.flush();
          return support.getId();
        });
  }
}
