package lt.dienynas.classwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.Role;
import lt.dienynas.testing.Fixtures;

/**
 * A school of a test's own for the class teacher's records (2030–2031): class 6a with its class
 * teacher, four students, a subject teacher and a guardian of the first student (who has an account
 * too); class 7a with its own class teacher, a student and that student's guardian; the deputy and
 * the DB admin.
 */
final class ClassworkSchool {
  static final LocalDate START = LocalDate.of(2030, 9, 1);

  final SchoolYear year;
  final long classId;
  final long otherClassId;
  final List<Long> students = new ArrayList<>();
  final long otherStudent;
  final Fixtures.Account classTeacher;
  final Fixtures.Account otherClassTeacher;
  final Fixtures.Account subjectTeacher;
  final Fixtures.Account guardian;
  final Fixtures.Account otherGuardian;
  final Fixtures.Account student;
  final Fixtures.Account otherClassStudent;
  final Fixtures.Account deputy;
  final Fixtures.Account admin;

  ClassworkSchool(Fixtures fx) throws Exception {
    year = fx.year();
    StaffMember teacher = fx.staff("Jūratė", "Vadovaitė", Role.CLASS_TEACHER, Role.TEACHER);
    classTeacher = fx.account(teacher, Role.CLASS_TEACHER, Role.TEACHER);
    StudyGroup group = fx.gradeClass(year, 6, "a", teacher);
    classId = fx.classOf(group);
    StaffMember other = fx.staff("Rūta", "Kitaklasė", Role.CLASS_TEACHER, Role.TEACHER);
    otherClassTeacher = fx.account(other, Role.CLASS_TEACHER, Role.TEACHER);
    StudyGroup otherGroup = fx.gradeClass(year, 7, "a", other);
    otherClassId = fx.classOf(otherGroup);
    String[] names = {"Ąžuolas", "Gabija", "Kęstutis", "Šarūnė"};
    Student first = null;
    for (int i = 0; i < names.length; i++) {
      Student s = fx.student(names[i], Fixtures.unique("Šeštokas"), 2018);
      fx.member(group, s, START);
      students.add(s.getId());
      if (first == null) {
        first = s;
      }
    }
    Student stranger = fx.student("Ugnė", Fixtures.unique("Septintokė"), 2017);
    fx.member(otherGroup, stranger, START);
    otherStudent = stranger.getId();
    StaffMember maths = fx.staff("Kęstutis", "Dalykininkas", Role.TEACHER);
    fx.teach(maths, fx.subject("Matematika"), group, START);
    subjectTeacher = fx.account(maths, Role.TEACHER);
    guardian = fx.account(fx.guardian("Rasa", "Globėja", first), Role.GUARDIAN);
    otherGuardian = fx.account(fx.guardian("Ona", "Svetima", stranger), Role.GUARDIAN);
    student = fx.account(first, Role.STUDENT);
    otherClassStudent = fx.account(stranger, Role.STUDENT);
    deputy = fx.account(fx.staff("Rimantas", "Pavaduotojas", Role.DEPUTY), Role.DEPUTY);
    admin = fx.account(fx.staff("Giedrius", "Administratorius", Role.DB_ADMIN), Role.DB_ADMIN);
  }
}
