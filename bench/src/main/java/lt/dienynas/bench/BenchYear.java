package lt.dienynas.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import lt.dienynas.demo.CorrectionActRows;
import lt.dienynas.demo.DemoCalendar;
import lt.dienynas.demo.DemoJournal;
import lt.dienynas.demo.DemoSchoolModel;
import lt.dienynas.demo.DemoSchoolWriter;
import lt.dienynas.demo.MultiInsert;
import lt.dienynas.security.Role;
import org.flywaydb.core.Flyway;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The benchmark's school year: the demo school's generator sized ({@link DemoSchoolModel#bench}):
 * 800 students in 32 classes (grades 1–8, letters a–d, 25 each) with their guardians, 60 teachers,
 * the demo's curriculum, groups and weekly timetable, written by {@link DemoSchoolWriter}; every
 * lesson of the 2026–2027 school days with a topic, marks, attendance, remarks and praise by the
 * demo's journal generator ({@link DemoJournal}); the year's results, a few correction acts and
 * messages between teachers and families.
 *
 * <p>What is the benchmark's own: the fixed, whole year (comparable from run to run whatever the
 * date), the results computed from the journal in SQL, the feeder files the Gatling simulation
 * reads ({@code <bench.dir>/data}) and the loading speed (explicit ids, multi-row inserts, no
 * per-row checks, one transaction per table family). Reproducible: seeded {@link Random}s drawn in
 * a fixed order. The schema is migrated first; the database must not hold a school year yet.
 */
public final class BenchYear {

  public static final long SEED = 20261128L;
  public static final String PASSWORD = "Bench-2026";

  /**
   * The benchmark's own year parameters for the demo school's calendar: the year beginning on 1
   * September 2026, whole (every school day of it filled), so that the report is comparable from
   * run to run whatever the date.
   */
  static final DemoCalendar CALENDAR = DemoCalendar.ofStartYear(2026);

  static final String YEAR_NAME = CALENDAR.year().name();
  static final LocalDate YEAR_START = CALENDAR.start();
  static final LocalDate YEAR_END = CALENDAR.end();
  static final LocalDate FIRST_END = CALENDAR.periods().get(0).end();
  static final LocalDate TEACHING_END = CALENDAR.teachingEnd();

  /** The month the load benchmark opens and writes: lessons up to this date are in the feeder. */
  static final YearMonth BENCH_MONTH = YearMonth.of(2026, 11);

  static final LocalDate BENCH_LAST_DAY = LocalDate.of(2026, 11, 27);

  private static final Logger LOG = Logger.getLogger(BenchYear.class.getName());

  private final Random random = new Random(SEED);
  private final Connection connection;
  private final Path dataDir;
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final DemoSchoolModel model = DemoSchoolModel.bench(SEED, CALENDAR);

  /** A class with its people; ids are database ids, the students in class-list order. */
  record SchoolClass(
      long groupId, int grade, String name, long classTeacher, List<Long> students) {}

  private final List<SchoolClass> classes = new ArrayList<>();
  private final Map<Long, String> logins = new LinkedHashMap<>();
  private final Map<Long, List<Long>> guardiansOf = new LinkedHashMap<>();
  private DemoSchoolWriter.School school;
  private long yearId;

  BenchYear(Connection connection, Path dataDir) {
    this.connection = connection;
    this.dataDir = dataDir;
  }

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/dienynas_bench");
    String user = System.getProperty("bench.db.user", "dienynas");
    String password = System.getProperty("bench.db.password", "dienynas");
    Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    long started = System.nanoTime();
    Map<String, Integer> counts;
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      counts = new BenchYear(connection, dir.resolve("data")).load();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    StringBuilder json = new StringBuilder("{\"loadMillis\":").append(millis);
    counts.forEach((k, v) -> json.append(",\"").append(k).append("\":").append(v));
    json.append('}');
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("data.json"), json.toString());
    LOG.info(() -> "Benchmark year loaded in " + millis + " ms: " + json);
  }

  Map<String, Integer> load() throws SQLException, IOException {
    MultiInsert.reserving(connection);
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM school_year")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new IllegalStateException("the benchmark database already holds a school year");
      }
    }
    try (Statement s = connection.createStatement()) {
      // the load is a bulk import: no per-row unique checks against other sessions
      s.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
    }
    school();
    commit("calendar, people, classes, accounts, timetable");
    journal();
    results();
    commit("period results, promotion, summer work, correction acts");
    messages();
    try (Statement s = connection.createStatement()) {
      s.execute("SET SESSION unique_checks = 1, foreign_key_checks = 1");
    }
    feeders();
    return counts;
  }

  private void commit(String what) throws SQLException {
    connection.commit();
    LOG.info(() -> what + " committed");
  }

  /**
   * The sized demo school, written by the demo's writer; the classes with their database ids, the
   * logins and the guardians kept for the messages and the feeders.
   */
  private void school() throws SQLException {
    school =
        new DemoSchoolWriter(connection)
            .writeSchool(model, BCrypt.hashpw(PASSWORD, BCrypt.gensalt(10)));
    var ids = school.ids();
    yearId = ids.yearId();
    for (var a : model.accounts()) {
      logins.put(ids.person(a.personKey()), a.login());
    }
    for (var g : model.guardianships()) {
      guardiansOf
          .computeIfAbsent(ids.person(g.studentKey()), k -> new ArrayList<>())
          .add(ids.person(g.guardianKey()));
    }
    Map<String, DemoSchoolModel.StudyGroup> groups = new HashMap<>();
    model.groups().forEach(g -> groups.put(g.name(), g));
    for (var c : model.classes()) {
      classes.add(
          new SchoolClass(
              ids.groupIds().get(c.name()),
              c.grade(),
              c.name(),
              ids.person(c.classTeacherKey()),
              groups.get(c.name()).members().stream().map(ids::person).toList()));
    }
    counts.put("classes", model.classes().size());
    counts.put("students", model.students().size());
    counts.put("guardians", (int) model.guardianCount());
    counts.put(
        "teachers",
        (int) model.staff().stream().filter(s -> s.roles().contains(Role.TEACHER)).count());
    counts.put("accounts", model.accounts().size());
    counts.put("groups", model.groups().size());
    counts.put("timetableSlots", school.slots().size());
  }

  /** Every school day of the teaching year (public and school holidays off). */
  static List<LocalDate> schoolDays() {
    return CALENDAR.schoolDaysUpTo(TEACHING_END);
  }

  /**
   * Lessons, marks, attendance and remarks by the demo school's journal generator ({@link
   * DemoJournal}), every school day of the year filled (the year is over: every note decided), one
   * month per transaction.
   */
  private void journal() throws SQLException {
    List<LocalDate> days = schoolDays();
    counts.put("schoolDays", days.size());
    var plan =
        new DemoJournal.Plan(
            days,
            List.of(),
            YEAR_END.plusDays(1),
            MultiInsert.highestId(connection, "lesson") + 1,
            MultiInsert.highestId(connection, "justification_note") + 1,
            school.guardianOf(),
            Map.of(),
            List.of());
    Map<String, Integer> journal;
    try (var sink = DemoJournal.jdbc(connection, true)) {
      journal = new DemoJournal(SEED).generate(school.slots(), school.groups(), plan, sink);
    }
    connection.commit();
    int absences = journal.getOrDefault("absences", 0);
    int presences = journal.getOrDefault("presences", 0);
    for (String key : List.of("lessons", "marks", "absences", "lateArrivals", "notesAccepted")) {
      counts.put(key, journal.getOrDefault(key, 0));
    }
    counts.put("absencePerMille", (int) Math.round(1000.0 * absences / (absences + presences)));
    counts.put(
        "studentNotes", journal.getOrDefault("praise", 0) + journal.getOrDefault("remarks", 0));
  }

  /**
   * The year's results, from the journal just loaded: each student's I and II semester grade per
   * subject (the rounded mean of the period's marks; achievement levels in grades 1–4), the annual
   * grade (the mean of the two), the lessons missed and justified per period counted from the
   * attendance, the promotion decision (summer work for an annual ten-point grade below 4, with its
   * result) — what the year-end summary job reads — and a few applied correction acts (a period
   * grade each, agreed by a deputy and a DB admin), which the archive package carries.
   */
  private void results() throws SQLException {
    String[] periods = {"FIRST_SEMESTER", "SECOND_SEMESTER"};
    String[] bounds = {
      "l.lesson_date <= '" + FIRST_END + "'",
      "l.lesson_date > '" + FIRST_END + "' AND l.lesson_date <= '" + TEACHING_END + "'"
    };
    String levels = "'THRESHOLD', 'SATISFACTORY', 'BASIC', 'ADVANCED'";
    Timestamp entered = Timestamp.valueOf(TEACHING_END.plusDays(3).atTime(12, 0));
    long grades = 0;
    for (int p = 0; p < 2; p++) {
      grades +=
          update(
              "INSERT INTO period_grade (school_year_id, period_kind, student_id, subject_id,"
                  + " group_id, scale, grade_value, entered_by, entered_at, locked) SELECT "
                  + yearId
                  + ", '"
                  + periods[p]
                  + "', k.student_id, l.subject_id, l.group_id, k.scale, "
                  + mean("k.scale", "k.mark_value", levels)
                  + ", MIN(l.teacher_id), ?, TRUE FROM mark k JOIN lesson l ON l.id ="
                  + " k.lesson_id WHERE k.scale IN ('TEN_POINT', 'ACHIEVEMENT_LEVEL') AND "
                  + bounds[p]
                  + " GROUP BY k.student_id, l.subject_id, l.group_id, k.scale",
              entered);
      update(
          "INSERT INTO period_attendance (school_year_id, period_kind, student_id, missed,"
              + " justified, entered_by, entered_at, locked) SELECT "
              + yearId
              + ", '"
              + periods[p]
              + "', m.student_id, COUNT(a.id), COUNT(a.justification), MIN(c.class_teacher_id),"
              + " ?, TRUE FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind ="
              + " 'CLASS' JOIN school_class c ON c.id = g.school_class_id LEFT JOIN (attendance a"
              + " JOIN lesson l ON l.id = a.lesson_id AND "
              + bounds[p]
              + ") ON a.student_id = m.student_id AND a.status = 'ABSENT' WHERE g.school_year_id = "
              + yearId
              + " GROUP BY m.student_id",
          entered);
    }
    grades +=
        update(
            "INSERT INTO period_grade (school_year_id, period_kind, student_id, subject_id,"
                + " group_id, scale, grade_value, entered_by, entered_at, locked) SELECT"
                + " school_year_id, 'ANNUAL', student_id, subject_id, group_id, scale, "
                + mean("scale", "grade_value", levels)
                + ", MIN(entered_by), ?, TRUE FROM period_grade WHERE school_year_id = "
                + yearId
                + " GROUP BY school_year_id, student_id, subject_id, group_id, scale",
            entered);
    update(
        "INSERT INTO period_attendance (school_year_id, period_kind, student_id, missed,"
            + " justified, entered_by, entered_at, locked) SELECT school_year_id, 'ANNUAL',"
            + " student_id, SUM(missed), SUM(justified), MIN(entered_by), ?, TRUE FROM"
            + " period_attendance WHERE school_year_id = "
            + yearId
            + " GROUP BY school_year_id, student_id",
        entered);
    String failing =
        " FROM period_grade WHERE school_year_id = "
            + yearId
            + " AND period_kind = 'ANNUAL'"
            + " AND IF(scale = 'TEN_POINT', CAST(grade_value AS UNSIGNED), 10) < 4";
    update(
        "INSERT INTO promotion_decision (school_year_id, student_id, decision, decided_by,"
            + " decided_at) SELECT "
            + yearId
            + ", m.student_id, IF(m.student_id IN (SELECT student_id"
            + failing
            + "), 'SUMMER_WORK', IF(c.grade = 4, 'COMPLETED_PRIMARY', 'PROMOTED')),"
            + " c.class_teacher_id, ? FROM group_member m JOIN study_group g ON g.id = m.group_id"
            + " AND g.kind = 'CLASS' JOIN school_class c ON c.id = g.school_class_id"
            + " WHERE g.school_year_id = "
            + yearId,
        Timestamp.valueOf(TEACHING_END.plusDays(10).atTime(9, 0)));
    long summerWork =
        update(
            "INSERT INTO additional_work (school_year_id, student_id, subject_id, kind,"
                + " assigned_by, assigned_at, due_date, result_scale, result_value,"
                + " result_entered_by, result_entered_at, locked) SELECT school_year_id,"
                + " student_id, subject_id, 'SUMMER', entered_by, ?, '"
                + YEAR_END.minusDays(11)
                + "', 'TEN_POINT', '5', entered_by, ?, TRUE"
                + failing,
            Timestamp.valueOf(TEACHING_END.plusDays(10).atTime(10, 0)),
            Timestamp.valueOf(YEAR_END.minusDays(11).atTime(11, 0)));
    counts.put("periodGrades", (int) grades);
    counts.put("summerWork", (int) summerWork);
    counts.put("correctionActs", correctionActs());
  }

  /**
   * The rounded mean of a group of marks or grades as SQL: ten-point values as numbers, achievement
   * levels by their rank (the scale is one per group).
   */
  private static String mean(String scale, String value, String levels) {
    String mean =
        "ROUND(AVG(IF("
            + scale
            + " = 'TEN_POINT', CAST("
            + value
            + " AS UNSIGNED), FIELD("
            + value
            + ", "
            + levels
            + "))))";
    return "IF(MIN("
        + scale
        + ") = 'TEN_POINT', CAST("
        + mean
        + " AS CHAR), ELT("
        + mean
        + ", "
        + levels
        + "))";
  }

  /**
   * Six applied acts ({@link CorrectionActRows}, as the demo school writes them), each correcting
   * one student's I semester grade (§19.10, Annex 1), agreed by the school's deputy and DB admin.
   */
  private int correctionActs() throws SQLException {
    long deputy = staffWith(Role.DEPUTY);
    long admin = staffWith(Role.DB_ADMIN);
    List<Object[]> grades = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT pg.id, pg.student_id, pg.subject_id, pg.group_id, pg.grade_value,"
                    + " pg.entered_by FROM period_grade pg WHERE pg.school_year_id = "
                    + yearId
                    + " AND pg.period_kind = 'FIRST_SEMESTER' AND pg.scale = 'TEN_POINT'"
                    + " AND pg.grade_value BETWEEN '5' AND '9' ORDER BY pg.id")) {
      while (rs.next()) {
        grades.add(
            new Object[] {
              rs.getLong(1),
              rs.getLong(2),
              rs.getLong(3),
              rs.getLong(4),
              rs.getString(5),
              rs.getLong(6)
            });
      }
    }
    long actBase = MultiInsert.highestId(connection, "correction_act");
    int acts = 0;
    try (var rows = new CorrectionActRows(connection)) {
      for (int i = 0; i < 6 && !grades.isEmpty(); i++) {
        Object[] g = grades.get(random.nextInt(grades.size()));
        int seq = i + 1;
        String correct = (String) g[4];
        long teacher = (Long) g[5];
        rows.applied(
            new CorrectionActRows.Act(
                actBase + seq,
                yearId,
                seq,
                CorrectionActRows.number(YEAR_START.getYear(), seq),
                teacher,
                teacher,
                (Long) g[3],
                (Long) g[2],
                FIRST_END,
                "Įrašytas ne tas I pusmečio įvertinimas.",
                "Mokytoja suklydo perkeldama įvertinimą iš sąsiuvinio."),
            FIRST_END.plusDays(7 + 3L * i),
            deputy,
            admin,
            CorrectionActRows.Item.periodGrade((Long) g[1], "FIRST_SEMESTER"),
            String.valueOf(Integer.parseInt(correct) - 1),
            correct);
        acts++;
      }
    }
    return acts;
  }

  /** The person id of the school's (only) employee with the role. */
  private long staffWith(Role role) {
    return school
        .ids()
        .person(
            model.staff().stream()
                .filter(s -> s.roles().contains(role))
                .findFirst()
                .orElseThrow()
                .personKey());
  }

  /** Runs an insert-select with its timestamp parameters; the rows written. */
  private long update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      return ps.executeUpdate();
    }
  }

  private void messages() throws SQLException {
    long messageId = MultiInsert.highestId(connection, "message");
    long messages = 0;
    long deliveries = 0;
    List<LocalDate> days = schoolDays();
    try (var message =
            new MultiInsert(
                connection,
                "message",
                "id",
                "thread_id",
                "reply_to_id",
                "sender_id",
                "kind",
                "subject",
                "body",
                "audience",
                "sent_at");
        var recipient =
            new MultiInsert(
                connection, "message_recipient", "message_id", "recipient_id", "read_at")) {
      for (SchoolClass c : classes) {
        for (int i = 0; i < 12; i++) {
          long id = ++messageId;
          messages++;
          LocalDate day = days.get(random.nextInt(days.size()));
          message.add(
              id,
              null,
              null,
              c.classTeacher(),
              "PERSONAL",
              "Klasės " + c.name() + " naujienos",
              "Gerbiami tėvai, primenu apie artėjančius renginius ir atsiskaitymus.",
              c.name() + " klasės tėvai (globėjai)",
              Timestamp.valueOf(day.atTime(16, 30)));
          for (long s : c.students()) {
            for (long g : guardiansOf.get(s)) {
              deliveries++;
              recipient.add(
                  id, g, random.nextInt(4) == 0 ? null : Timestamp.valueOf(day.atTime(19, 0)));
            }
          }
        }
        for (long s : c.students()) {
          if (random.nextInt(3) != 0) {
            continue;
          }
          long guardian = guardiansOf.get(s).get(0);
          LocalDate day = days.get(random.nextInt(days.size()));
          long question = ++messageId;
          long answer = ++messageId;
          messages += 2;
          deliveries += 2;
          message.add(
              question,
              null,
              null,
              guardian,
              "PERSONAL",
              "Dėl namų darbų",
              "Laba diena, ar galėtumėte patikslinti, kokie namų darbai užduoti?",
              null,
              Timestamp.valueOf(day.atTime(18, 0)));
          recipient.add(question, c.classTeacher(), Timestamp.valueOf(day.atTime(20, 0)));
          message.add(
              answer,
              question,
              question,
              c.classTeacher(),
              "PERSONAL",
              "Re: Dėl namų darbų",
              "Laba diena, užduotys surašytos dienyne prie pamokos.",
              null,
              Timestamp.valueOf(day.atTime(20, 5)));
          recipient.add(answer, guardian, null);
        }
      }
    }
    commit("messages");
    counts.put("messages", (int) messages);
    counts.put("messageDeliveries", (int) deliveries);
  }

  /**
   * The Gatling feeders: the lessons of {@link #BENCH_MONTH} (grades 5–8, up to {@link
   * #BENCH_LAST_DAY}, assessed with ten-point marks) with their teacher and their group's students,
   * the guardians and the students.
   */
  private void feeders() throws SQLException, IOException {
    Files.createDirectories(dataDir);
    Map<String, Integer> gradeOf = new HashMap<>();
    model.classes().forEach(c -> gradeOf.put(c.name(), c.grade()));
    Map<Long, Integer> groupGrade = new HashMap<>();
    for (var g : model.groups()) {
      if (g.className() != null) {
        groupGrade.put(school.ids().groupIds().get(g.name()), gradeOf.get(g.className()));
      }
    }
    // the simulation's teachers write ten-point marks: no pass / fail (moral education, safety)
    Set<String> tenPoint =
        school.slots().stream()
            .filter(x -> x.scale() == DemoJournal.Scale.TEN_POINT)
            .map(x -> x.groupId() + "/" + x.subjectId())
            .collect(Collectors.toSet());
    try (PrintWriter out = writer("lessons.csv");
        var ps =
            connection.prepareStatement(
                "SELECT id, group_id, subject_id, teacher_id, lesson_date FROM lesson"
                    + " WHERE lesson_date BETWEEN ? AND ? ORDER BY lesson_date, id")) {
      out.println("lessonId,login,groupId,subjectId,month,students");
      ps.setObject(1, BENCH_MONTH.atDay(1));
      ps.setObject(2, BENCH_LAST_DAY);
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long group = rs.getLong(2);
          if (groupGrade.getOrDefault(group, 0) < 5
              || !tenPoint.contains(group + "/" + rs.getLong(3))) {
            continue;
          }
          rows.add(
              rs.getLong(1)
                  + ","
                  + logins.get(rs.getLong(4))
                  + ","
                  + group
                  + ","
                  + rs.getLong(3)
                  + ","
                  + BENCH_MONTH
                  + ","
                  + school.groups().get(group).students().stream()
                      .map(String::valueOf)
                      .collect(Collectors.joining(" ")));
        }
      }
      // a seeded shuffle, so that concurrent teachers write different classes and days
      java.util.Collections.shuffle(rows, new Random(SEED));
      rows.forEach(out::println);
      counts.put("benchLessons", rows.size());
    }
    try (PrintWriter guardians = writer("guardians.csv");
        PrintWriter students = writer("students.csv")) {
      guardians.println("login,studentId");
      students.println("login,studentId");
      for (SchoolClass c : classes) {
        for (long s : c.students()) {
          if (logins.containsKey(s)) {
            students.println(logins.get(s) + "," + s);
          }
          for (long g : guardiansOf.get(s)) {
            guardians.println(logins.get(g) + "," + s);
          }
        }
      }
    }
    connection.commit();
  }

  private PrintWriter writer(String name) throws IOException {
    return new PrintWriter(Files.newBufferedWriter(dataDir.resolve(name), StandardCharsets.UTF_8));
  }
}
