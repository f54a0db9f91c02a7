package lt.dienynas.testing;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.Role;

/**
 * A generated year of period results for a school year of the test's own (2030–2031, teaching ends
 * 20 June 2031): classes with a class teacher (who has an account), students, subjects, and for
 * every student × subject the I, II semester and annual grades, some additional and summer work,
 * the period attendance counts and the promotion decision. Everything the test expects is kept
 * here, computed while generating, so the test checks the summary against numbers of its own.
 */
public final class YearEndSchool {
  public static final LocalDate TEACHING_END = LocalDate.of(2031, 6, 20);

  public final SchoolYear year;
  public final List<Long> classIds = new ArrayList<>();
  public final Map<Long, Fixtures.Account> classTeachers = new LinkedHashMap<>();
  public final Map<Long, List<Expected>> expected = new LinkedHashMap<>();
  public final List<Subject> subjects = new ArrayList<>();

  /** What one student × subject should show in the summary, and the student's absences. */
  public record Expected(
      long studentId,
      String lastName,
      long subjectId,
      String first,
      String second,
      String annual,
      String additional,
      String summer,
      String finalResult,
      int[] missed,
      int[] justified,
      String promotion) {}

  private YearEndSchool(SchoolYear year) {
    this.year = year;
  }

  /**
   * Builds the school: {@code classes} classes of {@code students} students with {@code
   * subjectCount} subjects each; {@code seed} makes the grades.
   */
  public static YearEndSchool build(
      Fixtures fx, EntityManager em, int classes, int students, int subjectCount, long seed)
      throws Exception {
    YearEndSchool school = new YearEndSchool(fx.year());
    Random random = new Random(seed);
    String[] names = {"Lietuvių kalba", "Matematika", "Anglų kalba", "Gamta ir žmogus", "Dailė"};
    for (int s = 0; s < subjectCount; s++) {
      school.subjects.add(fx.subject(names[s % names.length] + " " + s));
    }
    StaffMember entering = fx.staff("Irena", "Įvedėja", Role.TEACHER);
    for (int c = 0; c < classes; c++) {
      StaffMember teacher = fx.staff("Jūratė", "Vadovaitė" + c, Role.CLASS_TEACHER, Role.TEACHER);
      Fixtures.Account account = fx.account(teacher, Role.CLASS_TEACHER, Role.TEACHER);
      StudyGroup group = fx.gradeClass(school.year, 5 + c, "a", teacher);
      long classId = fx.classOf(group);
      school.classIds.add(classId);
      school.classTeachers.put(classId, account);
      List<Expected> rows = new ArrayList<>();
      for (int i = 0; i < students; i++) {
        Student student = fx.student("Ūla", "Šėmaitė" + c + "x" + i, 2019);
        fx.member(group, student, LocalDate.of(2030, 9, 1));
        int[] missed = new int[3];
        int[] justified = new int[3];
        missed[0] = random.nextInt(40);
        justified[0] = random.nextInt(missed[0] + 1);
        missed[1] = random.nextInt(40);
        justified[1] = random.nextInt(missed[1] + 1);
        missed[2] = missed[0] + missed[1];
        justified[2] = justified[0] + justified[1];
        boolean summerStudent = i == 1;
        String promotion = summerStudent ? "SUMMER_WORK" : "PROMOTED";
        for (int s = 0; s < subjectCount; s++) {
          Subject subject = school.subjects.get(s);
          String first = Integer.toString(4 + random.nextInt(7));
          String second = Integer.toString(4 + random.nextInt(7));
          String annual = summerStudent && s == 0 ? "3" : Integer.toString(4 + random.nextInt(7));
          String summer = summerStudent && s == 0 ? "5" : null;
          String additional = !summerStudent && i == 2 && s == 1 ? "6" : null;
          String fin = summer != null ? summer : additional != null ? additional : annual;
          rows.add(
              new Expected(
                  student.getId(),
                  "Šėmaitė" + c + "x" + i,
                  subject.getId(),
                  first,
                  second,
                  annual,
                  additional,
                  summer,
                  fin,
                  missed,
                  justified,
                  promotion));
          long sid = student.getId();
          long subjectId = subject.getId();
          fx.inTx(
              () -> {
                grade(
                    em,
                    school.year.getId(),
                    "FIRST_SEMESTER",
                    sid,
                    subjectId,
                    group,
                    first,
                    entering);
                grade(
                    em,
                    school.year.getId(),
                    "SECOND_SEMESTER",
                    sid,
                    subjectId,
                    group,
                    second,
                    entering);
                grade(em, school.year.getId(), "ANNUAL", sid, subjectId, group, annual, entering);
                if (summer != null) {
                  work(
                      em,
                      school.year.getId(),
                      sid,
                      subjectId,
                      "SUMMER",
                      summer,
                      entering,
                      LocalDate.of(2031, 8, 20));
                }
                if (additional != null) {
                  work(
                      em,
                      school.year.getId(),
                      sid,
                      subjectId,
                      "ADDITIONAL",
                      additional,
                      entering,
                      LocalDate.of(2031, 6, 27));
                }
                return null;
              });
        }
        long sid = student.getId();
        fx.inTx(
            () -> {
              String[] periods = {"FIRST_SEMESTER", "SECOND_SEMESTER", "ANNUAL"};
              for (int p = 0; p < 3; p++) {
                em.createNativeQuery(
                        "INSERT INTO period_attendance (school_year_id, period_kind, student_id,"
                            + " missed, justified, entered_by, entered_at, locked)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, TRUE)")
                    .setParameter(1, school.year.getId())
                    .setParameter(2, periods[p])
                    .setParameter(3, sid)
                    .setParameter(4, missed[p])
                    .setParameter(5, justified[p])
                    .setParameter(6, teacher.getId())
                    .setParameter(7, Timestamp.valueOf(LocalDateTime.of(2031, 6, 19, 10, 0)))
                    .executeUpdate();
              }
              em.createNativeQuery(
                      "INSERT INTO promotion_decision (school_year_id, student_id, decision,"
                          + " decided_by, decided_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                  .setParameter(1, school.year.getId())
                  .setParameter(2, sid)
                  .setParameter(3, promotion)
                  .setParameter(4, teacher.getId())
                  .setParameter(5, Timestamp.valueOf(LocalDateTime.of(2031, 6, 21, 9, 0)))
                  .executeUpdate();
              return null;
            });
      }
      school.expected.put(classId, rows);
    }
    return school;
  }

  private static void grade(
      EntityManager em,
      long yearId,
      String period,
      long studentId,
      long subjectId,
      StudyGroup group,
      String value,
      StaffMember by) {
    em.createNativeQuery(
            "INSERT INTO period_grade (school_year_id, period_kind, student_id, subject_id,"
                + " group_id, scale, grade_value, entered_by, entered_at, locked)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, 'TEN_POINT', ?6, ?7, ?8, TRUE)")
        .setParameter(1, yearId)
        .setParameter(2, period)
        .setParameter(3, studentId)
        .setParameter(4, subjectId)
        .setParameter(5, group.getId())
        .setParameter(6, value)
        .setParameter(7, by.getId())
        .setParameter(8, Timestamp.valueOf(LocalDateTime.of(2031, 6, 18, 12, 30)))
        .executeUpdate();
  }

  private static void work(
      EntityManager em,
      long yearId,
      long studentId,
      long subjectId,
      String kind,
      String result,
      StaffMember by,
      LocalDate due) {
    em.createNativeQuery(
            "INSERT INTO additional_work (school_year_id, student_id, subject_id, kind,"
                + " assigned_by, assigned_at, due_date, result_scale, result_value,"
                + " result_entered_by, result_entered_at, locked)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'TEN_POINT', ?8, ?5, ?9, TRUE)")
        .setParameter(1, yearId)
        .setParameter(2, studentId)
        .setParameter(3, subjectId)
        .setParameter(4, kind)
        .setParameter(5, by.getId())
        .setParameter(6, Timestamp.valueOf(LocalDateTime.of(2031, 6, 20, 12, 0)))
        .setParameter(7, java.sql.Date.valueOf(due))
        .setParameter(8, result)
        .setParameter(9, Timestamp.valueOf(due.atTime(11, 0)))
        .executeUpdate();
  }
}
