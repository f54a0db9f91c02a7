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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import lt.dienynas.demo.BenchNames;
import lt.dienynas.demo.DemoCalendar;
import lt.dienynas.demo.DemoJournal;
import lt.dienynas.demo.DemoTimetable;
import lt.dienynas.demo.MultiInsert;
import lt.dienynas.people.PersonalCode;
import org.flywaydb.core.Flyway;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The benchmark's school year: 800 students in 32 classes (grades 1–8, letters a–d, 25 each) with
 * their guardians, 60 teachers, a weekly timetable, every lesson of the 2026–2027 school days with
 * a topic, marks (≈ 8 per student per subject per semester), attendance (≈ 8 % absences, whole sick
 * days and single lessons), remarks and praise, and messages between teachers and families.
 *
 * <p>Reproducible: one seeded {@link Random} drawn in a fixed order. Fast: explicit ids and
 * multi-row inserts ({@link MultiInsert}), one transaction per table family. Writes the feeder
 * files the Gatling simulation reads into {@code <bench.dir>/data}. The schema is migrated first;
 * the database must not hold a school year yet.
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

  private static final int STUDENTS_PER_CLASS = 25;
  private static final int TEACHERS = 60;
  private static final String[] LETTERS = {"a", "b", "c", "d"};

  private static final Logger LOG = Logger.getLogger(BenchYear.class.getName());

  /** A subject with its Lithuanian and English names. */
  record Subject(String code, String name, String nameEn) {}

  static final List<Subject> SUBJECTS =
      List.of(
          new Subject("LT", "Lietuvių kalba ir literatūra", "Lithuanian language and literature"),
          new Subject("MAT", "Matematika", "Mathematics"),
          new Subject("PAS", "Pasaulio pažinimas", "World studies"),
          new Subject("ANG", "Anglų kalba", "English"),
          new Subject("VOK", "Vokiečių kalba", "German"),
          new Subject("IST", "Istorija", "History"),
          new Subject("GEO", "Geografija", "Geography"),
          new Subject("GAM", "Gamtos mokslai", "Science"),
          new Subject("FIZ", "Fizika", "Physics"),
          new Subject("CHE", "Chemija", "Chemistry"),
          new Subject("INF", "Informatika", "Informatics"),
          new Subject("DAI", "Dailė", "Art"),
          new Subject("MUZ", "Muzika", "Music"),
          new Subject("TEC", "Technologijos", "Technologies"),
          new Subject("KK", "Fizinis ugdymas", "Physical education"),
          new Subject("DOR", "Etika", "Ethics"));

  /** Weekly lessons per subject code in a grade. */
  static Map<String, Integer> curriculum(int grade) {
    Map<String, Integer> plan = new LinkedHashMap<>();
    if (grade <= 4) {
      plan.put("LT", grade == 1 ? 8 : 7);
      plan.put("MAT", grade == 1 ? 4 : 5);
      plan.put("PAS", 2);
      if (grade >= 2) {
        plan.put("ANG", 2);
      }
      plan.put("DAI", 2);
      plan.put("MUZ", 2);
      plan.put("KK", 3);
      plan.put("DOR", 1);
    } else {
      plan.put("LT", 5);
      plan.put("MAT", 4);
      plan.put("ANG", 3);
      if (grade >= 6) {
        plan.put("VOK", 2);
        plan.put("GEO", 2);
      }
      plan.put("IST", 2);
      if (grade <= 6) {
        plan.put("GAM", 2);
      } else {
        plan.put("FIZ", 2);
        plan.put("GAM", 1);
      }
      if (grade == 8) {
        plan.put("CHE", 2);
      }
      plan.put("INF", 1);
      plan.put("DAI", 1);
      plan.put("MUZ", 1);
      plan.put("TEC", 2);
      plan.put("KK", 3);
      plan.put("DOR", 1);
    }
    return plan;
  }

  /** Subjects the class teacher of a primary class teaches herself. */
  private static final List<String> PRIMARY_OWN = List.of("LT", "MAT", "PAS", "DAI", "DOR");

  private final Random random = new Random(SEED);
  private final Connection connection;
  private final Path dataDir;
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  /** A class with its people; ids are database ids. */
  record SchoolClass(
      long id, long groupId, int grade, String name, long classTeacher, List<Long> students) {}

  private final Map<String, Long> subjectIds = new LinkedHashMap<>();
  private final List<SchoolClass> classes = new ArrayList<>();
  private final List<Long> teachers = new ArrayList<>();
  private final Map<Long, String> logins = new LinkedHashMap<>();
  private final Map<Long, List<Long>> guardiansOf = new LinkedHashMap<>();
  private final Map<Long, Double> ability = new LinkedHashMap<>();
  private final List<DemoJournal.Slot> slots = new ArrayList<>();
  private long yearId;
  private long nextPerson;

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
    calendar();
    people();
    commit("calendar, people, classes, accounts");
    timetable();
    commit("timetable");
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

  private void calendar() throws SQLException {
    yearId = 1 + MultiInsert.highestId(connection, "school_year");
    try (var y =
        new MultiInsert(connection, "school_year", "id", "name", "start_date", "end_date")) {
      y.add(yearId, YEAR_NAME, YEAR_START, YEAR_END);
    }
    try (var p =
        new MultiInsert(
            connection, "school_period", "school_year_id", "kind", "start_date", "end_date")) {
      for (var period : CALENDAR.periods()) {
        p.add(yearId, period.kind().name(), period.start(), period.end());
      }
    }
    try (var h =
        new MultiInsert(
            connection, "holiday", "school_year_id", "name", "start_date", "end_date")) {
      for (var holiday : CALENDAR.holidays()) {
        h.add(yearId, holiday.name(), holiday.start(), holiday.end());
      }
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, code FROM subject")) {
      while (rs.next()) {
        subjectIds.put(rs.getString(2), rs.getLong(1));
      }
    }
    long next = 1 + MultiInsert.highestId(connection, "subject");
    try (var s = new MultiInsert(connection, "subject", "id", "code", "name", "name_en")) {
      for (Subject subject : SUBJECTS) {
        if (!subjectIds.containsKey(subject.code())) {
          subjectIds.put(subject.code(), next);
          s.add(next++, subject.code(), subject.name(), subject.nameEn());
        }
      }
    }
    try (var c =
        new MultiInsert(
            connection,
            "curriculum_line",
            "school_year_id",
            "grade",
            "subject_id",
            "weekly_lessons")) {
      for (int grade = 1; grade <= 8; grade++) {
        for (var line : curriculum(grade).entrySet()) {
          c.add(yearId, grade, subjectIds.get(line.getKey()), line.getValue());
        }
      }
    }
  }

  private void people() throws SQLException {
    nextPerson = 1 + MultiInsert.highestId(connection, "person");
    long classBase = MultiInsert.highestId(connection, "school_class");
    long groupBase = MultiInsert.highestId(connection, "study_group");
    long accountBase = MultiInsert.highestId(connection, "user_account");
    String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(10));
    Timestamp yearBegins = Timestamp.valueOf(YEAR_START.atTime(8, 0));
    try (var person =
            new MultiInsert(
                connection, "person", "id", "person_type", "first_name", "last_name", "email");
        var student =
            new MultiInsert(connection, "student", "person_id", "personal_code", "birth_date");
        var guardian = new MultiInsert(connection, "guardian", "person_id");
        var guardianship =
            new MultiInsert(connection, "guardianship", "guardian_id", "student_id");
        var staff = new MultiInsert(connection, "staff_member", "person_id");
        var staffRole = new MultiInsert(connection, "staff_role", "staff_id", "role");
        var pledge =
            new MultiInsert(
                connection, "pledge_acceptance", "person_id", "pledge_version", "accepted_at");
        var schoolClass =
            new MultiInsert(
                connection,
                "school_class",
                "id",
                "school_year_id",
                "level",
                "grade",
                "letter",
                "name",
                "class_teacher_id");
        var group =
            new MultiInsert(
                connection,
                "study_group",
                "id",
                "school_year_id",
                "kind",
                "name",
                "school_class_id");
        var member =
            new MultiInsert(connection, "group_member", "group_id", "student_id", "valid_from");
        var account =
            new MultiInsert(
                connection, "user_account", "id", "person_id", "login", "password_hash");
        var accountRole = new MultiInsert(connection, "user_account_role", "account_id", "role")) {
      long accountId = accountBase;
      for (int t = 1; t <= TEACHERS; t++) {
        long id = nextPerson++;
        boolean male = random.nextInt(4) == 0;
        String surname = BenchNames.surname(random);
        String first = male ? BenchNames.man(random) : BenchNames.woman(random);
        String last = male ? surname : BenchNames.married(surname);
        String login = String.format("mokytojas%02d", t);
        person.add(id, "STAFF", first, last, login + "@mokykla.example");
        staff.add(id);
        staffRole.add(id, "TEACHER");
        if (t <= 32) {
          staffRole.add(id, "CLASS_TEACHER");
        }
        pledge.add(id, 1, yearBegins);
        account.add(++accountId, id, login, hash);
        accountRole.add(accountId, "TEACHER");
        if (t <= 32) {
          accountRole.add(accountId, "CLASS_TEACHER");
        }
        teachers.add(id);
        logins.put(id, login);
      }
      int studentNo = 0;
      int guardianNo = 0;
      for (int grade = 1; grade <= 8; grade++) {
        for (String letter : LETTERS) {
          long classId = classBase + classes.size() + 1;
          long groupId = groupBase + classes.size() + 1;
          String name = grade + letter;
          long classTeacher = teachers.get(classes.size());
          schoolClass.add(classId, yearId, "GRADE", grade, letter, name, classTeacher);
          group.add(groupId, yearId, "CLASS", name + " klasė", classId);
          List<Long> members = new ArrayList<>();
          int born = 2026 - 7 - grade;
          for (int i = 0; i < STUDENTS_PER_CLASS; i++) {
            String surname = BenchNames.surname(random);
            boolean boy = random.nextBoolean();
            long id = nextPerson++;
            String first = boy ? BenchNames.boy(random) : BenchNames.girl(random);
            String last = boy ? surname : BenchNames.unmarried(surname);
            studentNo++;
            String login = String.format("mokinys%03d", studentNo);
            person.add(id, "STUDENT", first, last, null);
            LocalDate birth = LocalDate.of(born, 1, 1).plusDays(random.nextInt(365));
            student.add(id, PersonalCode.of(birth, boy, studentNo % 1000).value(), birth);
            member.add(groupId, id, YEAR_START);
            // students read their own diary from grade 5 on (AccessPolicy); younger ones have none
            if (grade >= 5) {
              account.add(++accountId, id, login, hash);
              accountRole.add(accountId, "STUDENT");
              logins.put(id, login);
            }
            members.add(id);
            ability.put(id, 4.5 + random.nextGaussian() * 1.6);
            List<Long> guardians = new ArrayList<>();
            int parents = random.nextInt(10) < 7 ? 2 : 1;
            for (int g = 0; g < parents; g++) {
              long gid = nextPerson++;
              guardianNo++;
              boolean father = g == 1;
              String gFirst = father ? BenchNames.man(random) : BenchNames.woman(random);
              String gLast = father ? surname : BenchNames.married(surname);
              String gLogin = String.format("globejas%04d", guardianNo);
              person.add(gid, "GUARDIAN", gFirst, gLast, gLogin + "@pastas.example");
              guardian.add(gid);
              guardianship.add(gid, id);
              account.add(++accountId, gid, gLogin, hash);
              accountRole.add(accountId, "GUARDIAN");
              logins.put(gid, gLogin);
              guardians.add(gid);
            }
            guardiansOf.put(id, guardians);
          }
          classes.add(new SchoolClass(classId, groupId, grade, name, classTeacher, members));
        }
      }
      counts.put("classes", classes.size());
      counts.put("students", studentNo);
      counts.put("guardians", guardianNo);
      counts.put("teachers", TEACHERS);
      counts.put("accounts", (int) (accountId - accountBase));
    }
  }

  /**
   * Who teaches what: a primary class's teacher her own core subjects; every other (class, subject)
   * goes to the subject's specialists, their number proportional to the subject's weekly lessons,
   * so that the 28 specialists carry similar loads.
   */
  private void timetable() throws SQLException {
    List<Long> specialists = teachers.subList(32, TEACHERS);
    Map<String, Integer> load = new LinkedHashMap<>();
    for (SchoolClass c : classes) {
      curriculum(c.grade())
          .forEach(
              (code, weekly) -> {
                if (!(c.grade() <= 4 && PRIMARY_OWN.contains(code))) {
                  load.merge(code, weekly, Integer::sum);
                }
              });
    }
    int total = load.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, List<Long>> pools = new LinkedHashMap<>();
    int used = 0;
    List<String> codes = new ArrayList<>(load.keySet());
    for (int i = 0; i < codes.size(); i++) {
      int share =
          i == codes.size() - 1
              ? specialists.size() - used
              : Math.max(
                  1, Math.round(load.get(codes.get(i)) * specialists.size() / (float) total));
      share = Math.max(1, Math.min(share, specialists.size() - used - (codes.size() - 1 - i)));
      pools.put(codes.get(i), specialists.subList(used, used + share));
      used += share;
    }
    Map<String, Integer> turn = new LinkedHashMap<>();
    long slotBase = MultiInsert.highestId(connection, "timetable_slot");
    try (var assignment =
            new MultiInsert(
                connection,
                "teaching_assignment",
                "teacher_id",
                "subject_id",
                "group_id",
                "valid_from");
        var slot =
            new MultiInsert(
                connection,
                "timetable_slot",
                "id",
                "school_year_id",
                "weekday",
                "lesson_number",
                "group_id",
                "subject_id",
                "teacher_id",
                "room",
                "valid_from")) {
      // the demo school's timetable rules: no class or teacher twice at a time, a subject's
      // lessons on different days, a class's day without gaps where the teachers allow it
      List<DemoTimetable.Need> needs = new ArrayList<>();
      Map<String, SchoolClass> byGroup = new LinkedHashMap<>();
      for (SchoolClass c : classes) {
        String group = String.valueOf(c.groupId());
        byGroup.put(group, c);
        for (var line : curriculum(c.grade()).entrySet()) {
          String code = line.getKey();
          long teacher;
          if (c.grade() <= 4 && PRIMARY_OWN.contains(code)) {
            teacher = c.classTeacher();
          } else {
            List<Long> pool = pools.get(code);
            teacher = pool.get(turn.merge(code, 1, Integer::sum) % pool.size());
          }
          assignment.add(teacher, subjectIds.get(code), c.groupId(), YEAR_START);
          needs.add(
              new DemoTimetable.Need(
                  c.name(),
                  List.of(new DemoTimetable.Part(group, code, teacher)),
                  line.getValue(),
                  1,
                  8));
        }
      }
      for (DemoTimetable.Slot t : DemoTimetable.schedule(needs)) {
        SchoolClass c = byGroup.get(t.part().group());
        long id = slotBase + slots.size() + 1;
        long subject = subjectIds.get(t.part().subject());
        slots.add(
            new DemoJournal.Slot(
                id,
                c.groupId(),
                subject,
                t.part().subject(),
                t.part().teacher(),
                t.weekday(),
                t.number(),
                c.grade() <= 4
                    ? DemoJournal.Scale.ACHIEVEMENT_LEVEL
                    : DemoJournal.Scale.TEN_POINT));
        slot.add(
            id,
            yearId,
            t.weekday(),
            t.number(),
            c.groupId(),
            subject,
            t.part().teacher(),
            String.valueOf(100 + classes.indexOf(c)),
            YEAR_START);
      }
      counts.put("timetableSlots", slots.size());
    }
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
    Map<Long, DemoJournal.Group> groups = new LinkedHashMap<>();
    Map<Long, Long> guardianOf = new LinkedHashMap<>();
    for (SchoolClass c : classes) {
      groups.put(c.groupId(), new DemoJournal.Group(c.groupId(), c.classTeacher(), c.students()));
      for (long s : c.students()) {
        guardianOf.put(s, guardiansOf.get(s).get(0));
      }
    }
    var plan =
        new DemoJournal.Plan(
            days,
            List.of(),
            YEAR_END.plusDays(1),
            MultiInsert.highestId(connection, "lesson") + 1,
            MultiInsert.highestId(connection, "justification_note") + 1,
            guardianOf,
            Map.of(),
            List.of());
    Map<String, Integer> journal;
    try (var sink = DemoJournal.jdbc(connection, true)) {
      journal = new DemoJournal(SEED).generate(slots, groups, plan, sink);
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

  /** A class teacher's notes to the families of the class, and families' questions answered. */
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

  /** Six applied acts, each correcting one student's I semester grade (§19.10, Annex 1). */
  private int correctionActs() throws SQLException {
    long deputy = nextPerson++;
    long admin = nextPerson++;
    try (var person =
            new MultiInsert(
                connection, "person", "id", "person_type", "first_name", "last_name", "email");
        var staff = new MultiInsert(connection, "staff_member", "person_id");
        var staffRole = new MultiInsert(connection, "staff_role", "staff_id", "role")) {
      person.add(deputy, "STAFF", "Rasa", "Pavaduotoja", null);
      person.add(admin, "STAFF", "Tomas", "Administratorius", null);
      staff.add(deputy);
      staff.add(admin);
      staffRole.add(deputy, "DEPUTY");
      staffRole.add(admin, "DB_ADMIN");
    }
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
    try (var act =
            new MultiInsert(
                connection,
                "correction_act",
                "id",
                "school_year_id",
                "seq",
                "act_number",
                "status",
                "author_id",
                "teacher_id",
                "group_id",
                "subject_id",
                "record_date",
                "error_nature",
                "reason",
                "created_at",
                "submitted_at",
                "deputy_id",
                "deputy_decision",
                "deputy_decided_at",
                "admin_id",
                "admin_decision",
                "admin_decided_at",
                "applied_by",
                "applied_at");
        var item =
            new MultiInsert(
                connection,
                "correction_item",
                "act_id",
                "position",
                "kind",
                "student_id",
                "period_kind",
                "wrong_value",
                "correct_value")) {
      for (int i = 0; i < 6 && !grades.isEmpty(); i++) {
        Object[] g = grades.get(random.nextInt(grades.size()));
        long id = actBase + i + 1;
        int seq = i + 1;
        String correct = (String) g[4];
        String wrong = String.valueOf(Integer.parseInt(correct) - 1);
        LocalDate day = FIRST_END.plusDays(7 + 3L * i);
        Timestamp created = Timestamp.valueOf(day.atTime(14, 0));
        act.add(
            id,
            yearId,
            seq,
            String.format("%d-%d/%03d", YEAR_START.getYear(), YEAR_END.getYear(), seq),
            "APPLIED",
            g[5],
            g[5],
            g[3],
            g[2],
            FIRST_END,
            "Įrašytas ne tas I pusmečio įvertinimas.",
            "Mokytoja suklydo perkeldama įvertinimą iš sąsiuvinio.",
            created,
            created,
            deputy,
            "AGREED",
            Timestamp.valueOf(day.plusDays(1).atTime(9, 0)),
            admin,
            "AGREED",
            Timestamp.valueOf(day.plusDays(1).atTime(11, 0)),
            admin,
            Timestamp.valueOf(day.plusDays(1).atTime(11, 5)));
        item.add(id, 1, "PERIOD_GRADE", g[1], "FIRST_SEMESTER", wrong, correct);
        acts++;
      }
    }
    return acts;
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
   * #BENCH_LAST_DAY}) with their teacher and students, the guardians and the students.
   */
  private void feeders() throws SQLException, IOException {
    Files.createDirectories(dataDir);
    Map<Long, SchoolClass> classOfGroup =
        classes.stream().collect(Collectors.toMap(SchoolClass::groupId, c -> c));
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
          SchoolClass c = classOfGroup.get(rs.getLong(2));
          if (c.grade() < 5) {
            continue;
          }
          rows.add(
              rs.getLong(1)
                  + ","
                  + logins.get(rs.getLong(4))
                  + ","
                  + rs.getLong(2)
                  + ","
                  + rs.getLong(3)
                  + ","
                  + BENCH_MONTH
                  + ","
                  + c.students().stream().map(String::valueOf).collect(Collectors.joining(" ")));
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
