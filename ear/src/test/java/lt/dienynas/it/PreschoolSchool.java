package lt.dienynas.it;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import lt.dienynas.school.WorkingDayCalendar;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;

/**
 * A pre-school group in a school year running today, for the portal's tests: its teacher assigned
 * since the year's start, its children on the list since then, and the latest working day up to
 * today (the day a morning is filled for).
 */
final class PreschoolSchool {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  final long yearId;
  final long groupId;
  final String groupName;
  final TestPeople.Account teacher;
  final List<Long> children = new ArrayList<>();
  final List<String> names = new ArrayList<>();
  final LocalDate day;

  private PreschoolSchool(int size) {
    LocalDate today = LocalDate.now(SchoolClock.ZONE);
    LocalDate start = today.minusDays(60);
    String yearName = "P" + ProcessHandle.current().pid() + "." + SEQUENCE.incrementAndGet();
    TestPeople.run(
        "INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
        yearName,
        start,
        today.plusDays(200));
    yearId =
        Long.parseLong(
            TestPeople.column("SELECT id FROM school_year WHERE name = ?", yearName).get(0));
    groupName = "Boružėlės " + yearName;
    groupId = TestPeople.preschoolGroup(yearId, groupName).groupId();
    teacher = TestPeople.staff("Liepa", "Rytinė", Role.PRESCHOOL_TEACHER);
    assign(teacher.personId(), groupId, start);
    String[] first = {
      "Adomas", "Agnė", "Benas", "Dovilė", "Eglė", "Gabrielius", "Ieva", "Jonas", "Kamilė", "Lukas",
      "Milda", "Nojus", "Olivija", "Paulius", "Rūta", "Saulius", "Šarūnė", "Tomas", "Ugnė",
          "Žygimantas"
    };
    for (int i = 0; i < size; i++) {
      String firstName = first[i % first.length];
      String lastName = String.format("Vaikaitis%02d", i + 1);
      long child = TestPeople.student(firstName, lastName, today.getYear() - 5, groupId);
      TestPeople.run(
          "UPDATE group_member SET valid_from = ? WHERE student_id = ? AND group_id = ?",
          start,
          child,
          groupId);
      children.add(child);
      names.add(firstName + " " + lastName);
    }
    WorkingDayCalendar calendar = new WorkingDayCalendar(List.of());
    LocalDate d = today;
    while (!calendar.isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    day = d;
  }

  static PreschoolSchool create(int children) {
    return new PreschoolSchool(children);
  }

  /** The teacher teaches the group from the day (a subject of its own). */
  static void assign(long teacherId, long groupId, LocalDate from) {
    String code = "PS" + ProcessHandle.current().pid() + "." + SEQUENCE.incrementAndGet();
    TestPeople.run(
        "INSERT INTO subject (code, name, name_en) VALUES (?, 'Ikimokyklinis ugdymas',"
            + " 'Pre-school education')",
        code);
    long subject =
        Long.parseLong(TestPeople.column("SELECT id FROM subject WHERE code = ?", code).get(0));
    TestPeople.run(
        "INSERT INTO teaching_assignment (teacher_id, subject_id, group_id, valid_from)"
            + " VALUES (?, ?, ?, ?)",
        teacherId,
        subject,
        groupId,
        from);
  }
}
