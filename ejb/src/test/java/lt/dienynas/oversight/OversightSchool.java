package lt.dienynas.oversight;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.testing.Fixtures;

/**
 * A school year of the oversight tests' own (its first semester ends on 31 October, so that a
 * dashboard of the autumn sees a period that has ended), and the journal records with which the
 * tests make the gaps they expect: written as they stand in the database, including the ones the
 * journal's services refuse today (a test announced too late, two on a day), since the dashboard
 * must find them whatever wrote them.
 */
final class OversightSchool {
  static final LocalDate START = LocalDate.of(2030, 9, 1);

  private final Fixtures fx;
  private final EntityManager em;
  final SchoolYear year;

  OversightSchool(Fixtures fx, EntityManager em) throws Exception {
    this.fx = fx;
    this.em = em;
    this.year =
        fx.inTx(
            () -> {
              SchoolYear y = new SchoolYear(Fixtures.unique("O"), START, LocalDate.of(2031, 8, 31));
              y.definePeriod(PeriodKind.FIRST_SEMESTER, START, LocalDate.of(2030, 10, 31));
              y.definePeriod(
                  PeriodKind.SECOND_SEMESTER, LocalDate.of(2030, 11, 2), LocalDate.of(2031, 6, 20));
              y.definePeriod(PeriodKind.ANNUAL, START, LocalDate.of(2031, 6, 20));
              em.persist(y);
              return y;
            });
  }

  /** A lesson; a null topic, or one of blanks, is a lesson without its topic. */
  long lesson(
      StudyGroup group,
      Subject subject,
      StaffMember teacher,
      LocalDate day,
      int number,
      String topic)
      throws Exception {
    return insert(
        "INSERT INTO lesson (group_id, subject_id, teacher_id, lesson_date, lesson_number, topic)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        group.getId(),
        subject.getId(),
        teacher.getId(),
        day,
        number,
        topic);
  }

  void substitute(long lessonId, StaffMember substitute) throws Exception {
    run("UPDATE lesson SET substitute_id = ?1 WHERE id = ?2", substitute.getId(), lessonId);
  }

  /** The lesson was saved with its cells: its attendance was taken. */
  void attendanceTaken(long lessonId, StaffMember by) throws Exception {
    run(
        "INSERT INTO lesson_attendance_taken (lesson_id, taken_by, taken_at)"
            + " VALUES (?1, ?2, CURRENT_TIMESTAMP(3))",
        lessonId,
        by.getId());
  }

  void notHeld(long lessonId) throws Exception {
    run("UPDATE lesson SET not_held_reason = 'COLD' WHERE id = ?1", lessonId);
  }

  /** A planned test, announced on the day given. */
  long test(
      StudyGroup group,
      Subject subject,
      StaffMember teacher,
      LocalDate day,
      String description,
      LocalDate announced)
      throws Exception {
    return insert(
        "INSERT INTO planned_test (group_id, subject_id, test_date, description, announced_by,"
            + " announced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        group.getId(),
        subject.getId(),
        day,
        description,
        teacher.getId(),
        announced.atTime(10, 0));
  }

  void mark(long lessonId, Student student, StaffMember teacher, LocalDateTime at)
      throws Exception {
    run(
        "INSERT INTO mark (lesson_id, student_id, scale, mark_value, kind, recorded_by,"
            + " recorded_at) VALUES (?1, ?2, 'TEN_POINT', '8', 'TEST', ?3, ?4)",
        lessonId,
        student.getId(),
        teacher.getId(),
        at);
  }

  /** A mark of any scale and kind. */
  void mark(
      long lessonId,
      Student student,
      StaffMember teacher,
      String scale,
      String value,
      String kind,
      LocalDateTime at)
      throws Exception {
    run(
        "INSERT INTO mark (lesson_id, student_id, scale, mark_value, kind, recorded_by,"
            + " recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        lessonId,
        student.getId(),
        scale,
        value,
        kind,
        teacher.getId(),
        at);
  }

  /** The school's agreed rule: the grade's subject is marked on the ten-point and pass / fail. */
  void tenPointOrPassFail(int grade, Subject subject) throws Exception {
    run(
        "INSERT INTO assessment_rule (school_year_id, grade, subject_id, ten_point, pass_fail,"
            + " achievement_levels, descriptive) VALUES (?1, ?2, ?3, TRUE, TRUE, FALSE, FALSE)",
        year.getId(),
        grade,
        subject.getId());
  }

  void periodGrade(
      Student student, Subject subject, StudyGroup group, StaffMember teacher, PeriodKind period)
      throws Exception {
    run(
        "INSERT INTO period_grade (school_year_id, period_kind, student_id, subject_id, group_id,"
            + " scale, grade_value, entered_by, entered_at) VALUES (?1, ?2, ?3, ?4, ?5,"
            + " 'TEN_POINT', '8', ?6, ?7)",
        year.getId(),
        period.name(),
        student.getId(),
        subject.getId(),
        group.getId(),
        teacher.getId(),
        LocalDateTime.of(2030, 10, 30, 12, 0));
  }

  /** A guardian's justification note received on the day given, still waiting or accepted. */
  void note(Student student, long guardianId, LocalDate received, String status) throws Exception {
    run(
        "INSERT INTO justification_note (student_id, guardian_id, from_date, to_date, reason,"
            + " submitted_at, status) VALUES (?1, ?2, ?3, ?3, 'ILLNESS', ?4, ?5)",
        student.getId(),
        guardianId,
        received.minusDays(1),
        received.atTime(8, 30),
        status);
  }

  private void run(String sql, Object... parameters) throws Exception {
    fx.inTx(
        () -> {
          var query = em.createNativeQuery(sql);
          for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
          }
          return query.executeUpdate();
        });
  }

  private long insert(String sql, Object... parameters) throws Exception {
    return fx.inTx(
        () -> {
          var query = em.createNativeQuery(sql);
          for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
          }
          query.executeUpdate();
          return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult())
              .longValue();
        });
  }
}
