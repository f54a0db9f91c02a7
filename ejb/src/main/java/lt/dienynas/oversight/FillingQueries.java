package lt.dienynas.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * The SQL behind each figure: one statement that lists every gap of the figure in a school year's
 * period, for the whole school or the non-formal groups only. The dashboard counts them with the
 * same statement grouped by teacher and class (or group); a drill-down lists them for one teacher,
 * class or group. Each statement's columns: teacher_id, teacher_name, class_id, class_name,
 * group_id, group_name, subject_name, day, detail, period.
 */
final class FillingQueries {
  private FillingQueries() {}

  /** A statement and its positional parameters (?1, ?2, … in order). */
  record Sql(String text, List<Object> parameters) {}

  /**
   * What the statements are computed for.
   *
   * @param lastDueLessonDay the last day whose lessons' topics are due (today after 17:00)
   * @param lastClosedMonthEnd the end of the latest month whose lock deadline has passed
   * @param lastTestDueDay the last test day whose week for the marks has passed
   * @param daysAhead how many days ahead a test must be announced
   * @param today the school's today
   * @param lastOverdueNoteDay the latest day a note received then is past its 2 working days
   */
  record Context(
      long yearId,
      boolean nonFormalOnly,
      LocalDate from,
      LocalDate to,
      LocalDate lastDueLessonDay,
      LocalDate lastClosedMonthEnd,
      LocalDate lastTestDueDay,
      int daysAhead,
      LocalDate today,
      LocalDate lastOverdueNoteDay) {}

  private static final String TEACHER =
      "t.id AS teacher_id, CONCAT(t.first_name, ' ', t.last_name) AS teacher_name";

  private static final String PLACE =
      "c.id AS class_id, c.name AS class_name, g.id AS group_id, g.name AS group_name";

  private static final String SCOPE =
      " WHERE g.school_year_id = ?1 AND (?2 = FALSE OR g.kind = 'NON_FORMAL')";

  private static final String LESSONS =
      " FROM lesson l JOIN study_group g ON g.id = l.group_id"
          + " LEFT JOIN school_class c ON c.id = g.school_class_id"
          + " JOIN subject s ON s.id = l.subject_id"
          + " JOIN person t ON t.id = COALESCE(l.substitute_id, l.teacher_id)";

  private static final String WITHOUT_TOPIC =
      " AND l.lesson_date BETWEEN ?3 AND ?4 AND l.not_held_reason IS NULL"
          + " AND (l.topic IS NULL OR TRIM(l.topic) = '')";

  private static final String TESTS =
      " FROM planned_test pt JOIN study_group g ON g.id = pt.group_id"
          + " LEFT JOIN school_class c ON c.id = g.school_class_id"
          + " JOIN subject s ON s.id = pt.subject_id"
          + " JOIN person t ON t.id = pt.announced_by";

  private static String valid(String member, String day) {
    return member
        + ".valid_from <= "
        + day
        + " AND ("
        + member
        + ".valid_to IS NULL OR "
        + member
        + ".valid_to >= "
        + day
        + ")";
  }

  static Sql of(FillingFigure figure, Context x) {
    return switch (figure) {
      case NO_TOPIC ->
          sql(
              "SELECT "
                  + TEACHER
                  + ", "
                  + PLACE
                  + ", s.name AS subject_name, l.lesson_date AS day,"
                  + " CAST(l.lesson_number AS CHAR) AS detail, NULL AS period"
                  + LESSONS
                  + SCOPE
                  + WITHOUT_TOPIC
                  + " AND l.lesson_date <= ?5",
              x,
              x.lastDueLessonDay());
      case ATTENDANCE_NOT_TAKEN ->
          sql(
              "SELECT "
                  + TEACHER
                  + ", "
                  + PLACE
                  + ", s.name AS subject_name, l.lesson_date AS day,"
                  + " CAST(l.lesson_number AS CHAR) AS detail, NULL AS period"
                  + LESSONS
                  + SCOPE
                  + " AND l.lesson_date BETWEEN ?3 AND ?4 AND l.not_held_reason IS NULL"
                  + " AND l.lesson_date <= ?5"
                  + " AND NOT EXISTS (SELECT 1 FROM lesson_attendance_taken k"
                  + " WHERE k.lesson_id = l.id)",
              x,
              x.lastDueLessonDay());
      case MONTH_NOT_COMPLETED ->
          sql(
              "SELECT "
                  + TEACHER
                  + ", "
                  + PLACE
                  + ", s.name AS subject_name,"
                  + " CAST(DATE_FORMAT(l.lesson_date, '%Y-%m-01') AS DATE) AS day,"
                  + " CAST(COUNT(*) AS CHAR) AS detail, NULL AS period"
                  + LESSONS
                  + SCOPE
                  + WITHOUT_TOPIC
                  + " AND l.lesson_date <= ?5"
                  + " GROUP BY t.id, t.first_name, t.last_name, c.id, c.name, g.id, g.name, s.id,"
                  + " s.name, DATE_FORMAT(l.lesson_date, '%Y-%m-01')",
              x,
              x.lastClosedMonthEnd());
      case TEST_MARKS_LATE ->
          sql(
              "SELECT "
                  + TEACHER
                  + ", "
                  + PLACE
                  + ", s.name AS subject_name, pt.test_date AS day, pt.description AS detail,"
                  + " NULL AS period"
                  + TESTS
                  + SCOPE
                  + " AND pt.test_date BETWEEN ?3 AND ?4 AND pt.test_date <= ?5"
                  + " AND NOT EXISTS (SELECT 1 FROM lesson l JOIN mark m ON m.lesson_id = l.id"
                  + " WHERE l.group_id = pt.group_id AND l.subject_id = pt.subject_id"
                  + " AND l.lesson_date = pt.test_date"
                  + " AND m.recorded_at < DATE_ADD(pt.test_date, INTERVAL 8 DAY))",
              x,
              x.lastTestDueDay());
      case TEST_ANNOUNCED_LATE ->
          sql(
              "SELECT "
                  + TEACHER
                  + ", "
                  + PLACE
                  + ", s.name AS subject_name, pt.test_date AS day,"
                  + " DATE_FORMAT(pt.announced_at, '%Y-%m-%d') AS detail, NULL AS period"
                  + TESTS
                  + SCOPE
                  + " AND pt.test_date BETWEEN ?3 AND ?4"
                  + " AND DATEDIFF(pt.test_date, DATE(pt.announced_at)) < ?5",
              x,
              x.daysAhead());
      case TESTS_SAME_DAY ->
          sql(
              "SELECT DISTINCT t.id AS teacher_id,"
                  + " CONCAT(t.first_name, ' ', t.last_name) AS teacher_name,"
                  + " c.id AS class_id, c.name AS class_name, g.id AS group_id,"
                  + " g.name AS group_name, s.name AS subject_name, pt.test_date AS day,"
                  + " pt.description AS detail, NULL AS period"
                  + " FROM planned_test pt JOIN study_group g ON g.id = pt.group_id"
                  + " JOIN subject s ON s.id = pt.subject_id"
                  + " JOIN person t ON t.id = pt.announced_by"
                  + " JOIN group_member m ON m.group_id = pt.group_id AND "
                  + valid("m", "pt.test_date")
                  + " JOIN planned_test other ON other.test_date = pt.test_date"
                  + " AND other.id <> pt.id"
                  + " JOIN group_member om ON om.group_id = other.group_id"
                  + " AND om.student_id = m.student_id AND "
                  + valid("om", "pt.test_date")
                  + " JOIN group_member cm ON cm.student_id = m.student_id AND "
                  + valid("cm", "pt.test_date")
                  + " JOIN study_group cg ON cg.id = cm.group_id AND cg.kind = 'CLASS'"
                  + " AND cg.school_year_id = ?1"
                  + " JOIN school_class c ON c.id = cg.school_class_id"
                  + SCOPE
                  + " AND pt.test_date BETWEEN ?3 AND ?4",
              x);
      case PERIOD_GRADES_MISSING ->
          sql(
              "SELECT "
                  + TEACHER
                  + ", "
                  + PLACE
                  + ", s.name AS subject_name, sp.end_date AS day,"
                  + " CONCAT(p.first_name, ' ', p.last_name) AS detail, sp.kind AS period"
                  + " FROM teaching_assignment a JOIN study_group g ON g.id = a.group_id"
                  + " AND g.kind IN ('CLASS', 'SUBJECT', 'HOME_SCHOOLING')"
                  + " LEFT JOIN school_class c ON c.id = g.school_class_id"
                  + " JOIN school_period sp ON sp.school_year_id = g.school_year_id"
                  + " JOIN group_member m ON m.group_id = g.id AND "
                  + valid("m", "sp.end_date")
                  + " JOIN person p ON p.id = m.student_id"
                  + " JOIN subject s ON s.id = a.subject_id"
                  + " JOIN person t ON t.id = a.teacher_id"
                  + SCOPE
                  + " AND sp.end_date BETWEEN ?3 AND ?4 AND sp.end_date < ?5 AND "
                  + valid("a", "sp.end_date")
                  + " AND NOT EXISTS (SELECT 1 FROM period_grade pg WHERE pg.school_year_id = ?1"
                  + " AND pg.period_kind = sp.kind AND pg.student_id = p.id"
                  + " AND pg.subject_id = s.id)",
              x,
              x.today());
      case JUSTIFICATION_OVERDUE ->
          sql(
              "SELECT "
                  + TEACHER
                  + ", "
                  + PLACE
                  + ", NULL AS subject_name, DATE(n.submitted_at) AS day,"
                  + " CONCAT(p.first_name, ' ', p.last_name) AS detail, NULL AS period"
                  + " FROM justification_note n JOIN person p ON p.id = n.student_id"
                  + " JOIN group_member m ON m.student_id = n.student_id AND "
                  + valid("m", "n.from_date")
                  + " JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
                  + " JOIN school_class c ON c.id = g.school_class_id"
                  + " JOIN person t ON t.id = c.class_teacher_id"
                  + SCOPE
                  + " AND n.status = 'SUBMITTED'"
                  + " AND DATE(n.submitted_at) BETWEEN ?3 AND ?4 AND DATE(n.submitted_at) <= ?5",
              x,
              x.lastOverdueNoteDay());
    };
  }

  private static Sql sql(String text, Context x, Object... more) {
    List<Object> parameters = new java.util.ArrayList<>();
    parameters.add(x.yearId());
    parameters.add(x.nonFormalOnly());
    parameters.add(x.from());
    parameters.add(x.to());
    parameters.addAll(List.of(more));
    return new Sql(text, parameters);
  }

  /** The figure's gaps counted per teacher and class or group ({@code unit}). */
  static Sql counted(Sql gaps, boolean byGroup) {
    String unit = byGroup ? "x.group_id" : "x.class_id";
    String unitName = byGroup ? "x.group_name" : "x.class_name";
    return new Sql(
        "SELECT x.teacher_id, MAX(x.teacher_name), "
            + unit
            + ", MAX("
            + unitName
            + "), COUNT(*) FROM ("
            + gaps.text()
            + ") x GROUP BY x.teacher_id, "
            + unit,
        gaps.parameters());
  }

  /** The figure's gaps of one teacher, class or group ({@code column}), in order. */
  static Sql listed(Sql gaps, String column, long id) {
    List<Object> parameters = new java.util.ArrayList<>(gaps.parameters());
    parameters.add(id);
    return new Sql(
        "SELECT x.* FROM ("
            + gaps.text()
            + ") x WHERE x."
            + column
            + " = ?"
            + parameters.size()
            + " ORDER BY x.day, x.teacher_name, x.group_name, x.subject_name, x.detail",
        parameters);
  }
}
