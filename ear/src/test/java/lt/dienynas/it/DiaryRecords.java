package lt.dienynas.it;

import java.time.LocalDateTime;
import lt.dienynas.shared.SchoolClock;

/** A test's own marks, absences, homework and tests of a {@link TestSchool}, over JDBC. */
final class DiaryRecords {
  private final TestSchool school;

  DiaryRecords(TestSchool school) {
    this.school = school;
  }

  /** A ten-point mark (or "PASSED") of the student in the lesson, by the class's teacher. */
  void mark(long lesson, long student, String value) {
    TestPeople.run(
        "INSERT INTO mark (lesson_id, student_id, scale, mark_value, kind, recorded_by,"
            + " recorded_at) VALUES (?, ?, ?, ?, 'CLASSWORK', ?, CURRENT_TIMESTAMP(3))",
        lesson,
        student,
        value.matches("\\d+") ? "TEN_POINT" : "PASS_FAIL",
        value,
        school.teacher.personId());
  }

  /** The student missed the lesson, with the justification or none (null). */
  void absent(long lesson, long student, String justification) {
    attendance(lesson, student, "ABSENT", justification);
  }

  void late(long lesson, long student) {
    attendance(lesson, student, "LATE", null);
  }

  private void attendance(long lesson, long student, String status, String justification) {
    TestPeople.run(
        "INSERT INTO attendance (lesson_id, student_id, status, justification, recorded_by,"
            + " recorded_at) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP(3))",
        lesson,
        student,
        status,
        justification,
        school.teacher.personId());
  }

  void homework(long lesson, String text, java.time.LocalDate due) {
    TestPeople.run(
        "UPDATE lesson SET homework = ?, homework_due = ? WHERE id = ?", text, due, lesson);
  }

  void topic(long lesson, String topic) {
    TestPeople.run("UPDATE lesson SET topic = ? WHERE id = ?", topic, lesson);
  }

  void notHeld(long lesson) {
    TestPeople.run("UPDATE lesson SET not_held_reason = 'QUARANTINE' WHERE id = ?", lesson);
  }

  /** A planned test of the class in the subject. */
  void test(long subject, java.time.LocalDate date) {
    TestPeople.run(
        "INSERT INTO planned_test (group_id, subject_id, test_date, description, announced_by,"
            + " announced_at) VALUES (?, ?, ?, 'Kontrolinis darbas', ?, ?)",
        school.groupId,
        subject,
        date,
        school.teacher.personId(),
        LocalDateTime.now(SchoolClock.ZONE));
  }

  /** The bell schedule's lesson of the school year. */
  void lessonTime(int number, String startsAt, String endsAt) {
    TestPeople.run(
        "INSERT INTO lesson_time (school_year_id, lesson_number, starts_at, ends_at)"
            + " VALUES (?, ?, ?, ?)",
        school.yearId,
        number,
        startsAt,
        endsAt);
  }

  void semester(String kind, java.time.LocalDate from, java.time.LocalDate to) {
    TestPeople.run(
        "INSERT INTO school_period (school_year_id, kind, start_date, end_date)"
            + " VALUES (?, ?, ?, ?)",
        school.yearId,
        kind,
        from,
        to);
  }
}
