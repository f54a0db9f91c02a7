package lt.dienynas.testing;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import lt.dienynas.journal.Lesson;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.Role;
import lt.dienynas.testing.Fixtures.Account;

/**
 * A class of a test's own for the journal ITs: a 2030–2031 year, a class with its class teacher and
 * students, a subject taught to the class by a teacher, accounts for both teachers.
 */
public final class JournalSchool {
  public static final LocalDate START = LocalDate.of(2030, 9, 1);

  public final Fixtures fx;
  private final EntityManager em;
  public final SchoolYear year;
  public final StudyGroup classGroup;
  public final long classId;
  public final Subject subject;
  public final StaffMember teacher;
  public final Account teacherAccount;
  public final StaffMember classTeacher;
  public final Account classTeacherAccount;
  public final List<Student> students = new ArrayList<>();

  private JournalSchool(Fixtures fx, EntityManager em, int grade, int studentCount)
      throws Exception {
    this.fx = fx;
    this.em = em;
    this.year = fx.year();
    this.classTeacher = fx.staff("Jūratė", "Vadovė", Role.CLASS_TEACHER, Role.TEACHER);
    this.classTeacherAccount = fx.account(classTeacher);
    this.classGroup = fx.gradeClass(year, grade, "a", classTeacher);
    this.classId =
        fx.inTx(
            () ->
                em.find(StudyGroup.class, classGroup.getId())
                    .getSchoolClass()
                    .map(SchoolClass::getId)
                    .orElseThrow());
    this.subject = fx.subject("Matematika");
    this.teacher = fx.staff("Vaida", "Mokytoja", Role.TEACHER);
    this.teacherAccount = fx.account(teacher);
    fx.teach(teacher, subject, classGroup, START);
    for (int i = 0; i < studentCount; i++) {
      Student student = fx.student("Mokinys" + i, "Pavardenis" + Fixtures.unique(""), 2019);
      fx.member(classGroup, student, START);
      students.add(student);
    }
  }

  public static JournalSchool of(Fixtures fx, EntityManager em, int grade, int studentCount)
      throws Exception {
    return new JournalSchool(fx, em, grade, studentCount);
  }

  /** A lesson of the class's subject by its teacher, created directly. */
  public Lesson lesson(LocalDate date, int number) throws Exception {
    return lesson(classGroup, subject, teacher, date, number);
  }

  public Lesson lesson(
      StudyGroup group, Subject lessonSubject, StaffMember by, LocalDate date, int number)
      throws Exception {
    return fx.inTx(
        () -> {
          Lesson lesson =
              new Lesson(
                  em.find(StudyGroup.class, group.getId()),
                  em.find(Subject.class, lessonSubject.getId()),
                  em.find(StaffMember.class, by.getId()),
                  date,
                  number,
                  null);
          em.persist(lesson);
          return lesson;
        });
  }

  public static <T> T as(Account account, Callable<T> action) throws Exception {
    return AsPerson.call(account.login(), account.password(), action);
  }

  public static void doAs(Account account, ThrowingRunnable action) throws Exception {
    AsPerson.call(
        account.login(),
        account.password(),
        () -> {
          action.run();
          return null;
        });
  }

  /** Work that returns nothing. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }

  /** A lesson's cells by student: student, text, student, text… */
  public static Map<Long, String> cells(Object... studentsAndTexts) {
    Map<Long, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < studentsAndTexts.length; i += 2) {
      cells.put(((Student) studentsAndTexts[i]).getId(), (String) studentsAndTexts[i + 1]);
    }
    return cells;
  }
}
