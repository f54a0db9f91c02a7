package lt.dienynas.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import lt.dienynas.demo.DemoSchoolModel.Account;
import lt.dienynas.demo.DemoSchoolModel.PersonType;
import lt.dienynas.demo.DemoSchoolModel.SchoolClass;
import lt.dienynas.demo.DemoSchoolModel.StudyGroup;
import lt.dienynas.demo.DemoSchoolModel.Subject;
import lt.dienynas.security.Role;

/**
 * Writes a {@link DemoSchoolModel} over plain JDBC, in batches, inside the caller's transaction:
 * the demo school with its journal and life ({@link #write}), or any school without its journal
 * ({@link #writeSchool}: the benchmark's, whose whole year it then fills itself).
 *
 * <p>People get explicit ids after the highest existing one (read with {@code FOR UPDATE}, which
 * holds off concurrent inserts until commit), so the ~1,200 person rows (~2,200 in the benchmark)
 * go in one batch instead of one round trip each for their generated keys. Classes, groups and
 * accounts are inserted one by one and keep their generated ids (the benchmark's ~1,800 accounts in
 * a few seconds).
 */
public final class DemoSchoolWriter {

  private static final Logger LOG = Logger.getLogger(DemoSchoolWriter.class.getName());

  private final Connection connection;

  public DemoSchoolWriter(Connection connection) {
    this.connection = connection;
  }

  /** The demo school: {@link #writeSchool} and its journal and life up to yesterday. */
  DemoSchool.Summary write(DemoSchoolModel model, String passwordHash) throws SQLException {
    School school = writeSchool(model, passwordHash);
    Ids ids = school.ids();
    Map<String, Integer> journal;
    try (Statement s = connection.createStatement()) {
      // a bulk import of rows whose references the generator keeps: no per-row foreign key checks
      s.execute("SET SESSION foreign_key_checks = 0");
    }
    try {
      journal = journal(model, school);
      journal.putAll(new DemoSchoolLife(connection, model, ids).write());
      journal.putAll(new DemoPreschoolEducation(connection, model, ids).write());
    } finally {
      try (Statement s = connection.createStatement()) {
        s.execute("SET SESSION foreign_key_checks = 1");
      }
    }
    LOG.info(() -> "Timetable, journal and the year's life written: " + journal);

    return new DemoSchool.Summary(
        false,
        model.classes().size(),
        model.students().size(),
        (int) model.guardianCount(),
        model.staff().size(),
        model.groups().size(),
        model.accounts().size(),
        journal);
  }

  /**
   * What {@link #writeSchool} wrote, for the journal generator ({@link DemoJournal}): the ids, the
   * timetable's slots, every group with its teacher and members (person ids), each student's first
   * guardian (person ids).
   */
  public record School(
      Ids ids,
      List<DemoJournal.Slot> slots,
      Map<Long, DemoJournal.Group> groups,
      Map<Long, Long> guardianOf) {}

  /**
   * The school without its journal: the year with its calendar and curriculum, the people, classes,
   * groups, teaching assignments and accounts, the bell times, assessment rules and the weekly
   * timetable.
   */
  public School writeSchool(DemoSchoolModel model, String passwordHash) throws SQLException {
    var year = model.year();
    long yearId =
        insert(
            "INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
            year.name(),
            year.start(),
            year.end());
    batch(
        "INSERT INTO school_period (school_year_id, kind, start_date, end_date) VALUES (?, ?, ?, ?)",
        model.periods(),
        p -> row(yearId, p.kind().name(), p.start(), p.end()));
    batch(
        "INSERT INTO holiday (school_year_id, name, start_date, end_date) VALUES (?, ?, ?, ?)",
        model.holidays(),
        h -> row(yearId, h.name(), h.start(), h.end()));

    Map<String, Long> subjectIds = subjects(model.subjects());
    batch(
        "INSERT INTO curriculum_line (school_year_id, grade, subject_id, weekly_lessons)"
            + " VALUES (?, ?, ?, ?)",
        model.curriculum(),
        l -> row(yearId, l.grade(), subjectIds.get(l.subjectCode()), l.weeklyLessons()));
    LOG.info(() -> "School year " + year.name() + ", calendar and curriculum written");

    long base = MultiInsert.highestId(connection, "person");
    Function<Integer, Long> personId = key -> base + key + 1;
    batch(
        "INSERT INTO person (id, person_type, first_name, last_name, email) VALUES (?, ?, ?, ?, ?)",
        model.people(),
        p -> row(personId.apply(p.key()), p.type().name(), p.firstName(), p.lastName(), p.email()));
    batch(
        "INSERT INTO student (person_id, personal_code, birth_date) VALUES (?, ?, ?)",
        model.students(),
        s -> row(personId.apply(s.personKey()), s.personalCode(), s.birthDate()));
    batch(
        "INSERT INTO guardian (person_id) VALUES (?)",
        model.people().stream().filter(p -> p.type() == PersonType.GUARDIAN).toList(),
        p -> row(personId.apply(p.key())));
    batch(
        "INSERT INTO guardianship (guardian_id, student_id) VALUES (?, ?)",
        model.guardianships(),
        g -> row(personId.apply(g.guardianKey()), personId.apply(g.studentKey())));
    batch(
        "INSERT INTO staff_member (person_id) VALUES (?)",
        model.staff(),
        s -> row(personId.apply(s.personKey())));
    batch(
        "INSERT INTO staff_role (staff_id, role) VALUES (?, ?)",
        model.staff().stream()
            .flatMap(s -> s.roles().stream().map(r -> row(personId.apply(s.personKey()), r.name())))
            .toList(),
        r -> r);
    LOG.info(() -> model.people().size() + " people written");

    Map<String, Long> classIds = new HashMap<>();
    for (SchoolClass c : model.classes()) {
      classIds.put(
          c.name(),
          insert(
              "INSERT INTO school_class (school_year_id, level, grade, letter, name,"
                  + " class_teacher_id) VALUES (?, ?, ?, ?, ?, ?)",
              yearId,
              c.level().name(),
              c.grade(),
              c.letter(),
              c.name(),
              personId.apply(c.classTeacherKey())));
    }
    Map<String, Long> groupIds = new HashMap<>();
    for (StudyGroup g : model.groups()) {
      groupIds.put(
          g.name(),
          insert(
              "INSERT INTO study_group (school_year_id, kind, name, school_class_id, subject_id)"
                  + " VALUES (?, ?, ?, ?, ?)",
              yearId,
              g.kind().name(),
              g.name(),
              g.className() == null ? null : classIds.get(g.className()),
              g.subjectCode() == null ? null : subjectIds.get(g.subjectCode())));
    }
    var from = model.year().start();
    batch(
        "INSERT INTO group_member (group_id, student_id, valid_from) VALUES (?, ?, ?)",
        model.groups().stream()
            .flatMap(
                g ->
                    g.members().stream()
                        .map(m -> row(groupIds.get(g.name()), personId.apply(m), from)))
            .toList(),
        r -> r);
    batch(
        "INSERT INTO teaching_assignment (teacher_id, subject_id, group_id, valid_from)"
            + " VALUES (?, ?, ?, ?)",
        model.assignments(),
        a ->
            row(
                personId.apply(a.teacherKey()),
                subjectIds.get(a.subjectCode()),
                groupIds.get(a.groupName()),
                from));
    LOG.info(
        () -> model.classes().size() + " classes and " + model.groups().size() + " groups written");

    for (Account a : model.accounts()) {
      long accountId =
          insert(
              "INSERT INTO user_account (person_id, login, password_hash) VALUES (?, ?, ?)",
              personId.apply(a.personKey()),
              a.login(),
              passwordHash);
      batch(
          "INSERT INTO user_account_role (account_id, role) VALUES (?, ?)",
          List.copyOf(a.roles()),
          r -> row(accountId, r.name()));
      if (a.roles().stream().anyMatch(Role::isStaff)) {
        // the demo staff signed the confidentiality pledge when the year began (§8)
        insert(
            "INSERT INTO pledge_acceptance (person_id, pledge_version, accepted_at)"
                + " SELECT ?, MAX(version), ? FROM confidentiality_pledge",
            personId.apply(a.personKey()),
            java.sql.Timestamp.valueOf(model.year().start().atTime(8, 0)));
      }
    }
    LOG.info(() -> model.accounts().size() + " accounts written");

    Ids ids = new Ids(yearId, personId, subjectIds, classIds, groupIds);
    return timetable(model, ids);
  }

  /** The database ids of what the writer inserted. */
  public record Ids(
      long yearId,
      Function<Integer, Long> personId,
      Map<String, Long> subjectIds,
      Map<String, Long> classIds,
      Map<String, Long> groupIds) {
    public long person(int key) {
      return personId.apply(key);
    }
  }

  /**
   * Bell times, assessment rules (moral education and human safety pass / fail) and the weekly
   * timetable, with what the journal generator needs of the school.
   */
  private School timetable(DemoSchoolModel model, Ids ids) throws SQLException {
    long yearId = ids.yearId();
    batch(
        "INSERT INTO lesson_time (school_year_id, lesson_number, starts_at, ends_at)"
            + " VALUES (?, ?, ?, ?)",
        model.bellTimes(),
        b -> row(yearId, b.number(), b.start(), b.end()));
    List<Object[]> rules = new ArrayList<>();
    for (int grade = 1; grade <= 8; grade++) {
      for (String code : PASS_FAIL_SUBJECTS) {
        rules.add(row(yearId, grade, ids.subjectIds().get(code), false, true, false, grade <= 4));
      }
    }
    batch(
        "INSERT INTO assessment_rule (school_year_id, grade, subject_id, ten_point, pass_fail,"
            + " achievement_levels, descriptive) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rules,
        r -> r);

    Map<String, DemoSchoolModel.SchoolClass> classes = new HashMap<>();
    model.classes().forEach(c -> classes.put(c.name(), c));
    Map<String, DemoSchoolModel.StudyGroup> groups = new LinkedHashMap<>();
    model.groups().forEach(g -> groups.put(g.name(), g));
    long slotBase = MultiInsert.highestId(connection, "timetable_slot");
    List<DemoJournal.Slot> slots = new ArrayList<>();
    try (var insert =
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
      for (var e : model.timetable()) {
        long id = slotBase + slots.size() + 1;
        long groupId = ids.groupIds().get(e.groupName());
        long subjectId = ids.subjectIds().get(e.subjectCode());
        long teacherId = ids.person(e.teacherKey());
        insert.add(
            id,
            yearId,
            e.weekday(),
            e.number(),
            groupId,
            subjectId,
            teacherId,
            e.room(),
            model.year().start());
        slots.add(
            new DemoJournal.Slot(
                id,
                groupId,
                subjectId,
                e.subjectCode(),
                teacherId,
                e.weekday(),
                e.number(),
                scale(groups.get(e.groupName()), classes, e.subjectCode())));
      }
    }
    Map<Long, DemoJournal.Group> journalGroups = new LinkedHashMap<>();
    for (var g : model.groups()) {
      var schoolClass = g.className() == null ? null : classes.get(g.className());
      int teacherKey =
          schoolClass != null
              ? schoolClass.classTeacherKey()
              : model.assignments().stream()
                  .filter(a -> a.groupName().equals(g.name()))
                  .findFirst()
                  .orElseThrow()
                  .teacherKey();
      long id = ids.groupIds().get(g.name());
      journalGroups.put(
          id,
          new DemoJournal.Group(
              id, ids.person(teacherKey), g.members().stream().map(ids::person).toList()));
    }
    Map<Long, Long> guardianOf = new HashMap<>();
    for (var g : model.guardianships()) {
      guardianOf.putIfAbsent(ids.person(g.studentKey()), ids.person(g.guardianKey()));
    }
    return new School(ids, List.copyOf(slots), journalGroups, guardianOf);
  }

  /**
   * The journal from 1 September up to yesterday (the rest of this month's lessons blank), through
   * the shared {@link DemoJournal} generator, with a cold day and a remote day.
   */
  private Map<String, Integer> journal(DemoSchoolModel model, School school) throws SQLException {
    Ids ids = school.ids();
    long yearId = ids.yearId();
    List<DemoJournal.Slot> slots = school.slots();
    Map<Long, DemoJournal.Group> journalGroups = school.groups();
    Map<Long, Long> guardianOf = school.guardianOf();
    Map<String, DemoSchoolModel.StudyGroup> groups = new LinkedHashMap<>();
    model.groups().forEach(g -> groups.put(g.name(), g));
    Map<Long, String> exempt = new HashMap<>();
    for (var c : model.classes()) {
      if (c.grade() != null && c.grade() >= 5) {
        List<Integer> members = groups.get(c.name()).members();
        exempt.put(ids.person(members.get(members.size() - 1)), DemoCurriculum.PHYSICAL_EDUCATION);
      }
    }
    LocalDate today = model.today();
    DemoCalendar calendar = model.calendar();
    List<LocalDate> filled = calendar.schoolDaysUpTo(today.minusDays(1));
    LocalDate monthEnd = YearMonth.from(today).atEndOfMonth();
    List<LocalDate> blank =
        today.isAfter(calendar.end()) || today.isBefore(calendar.start())
            ? List.of()
            : calendar
                .workingDays()
                .schoolDays(today, monthEnd.isAfter(calendar.end()) ? calendar.end() : monthEnd);
    List<Long> featured =
        model.guardianships().stream()
            .filter(g -> g.guardianKey() == demoGuardianKey(model))
            .map(g -> ids.person(g.studentKey()))
            .toList();
    // a cold day without lessons and a remote-teaching day some weeks back (§23.3, §23.15)
    LocalDate coldDay = filled.size() >= 12 ? filled.get(filled.size() - 10) : null;
    LocalDate remoteDay = filled.size() >= 12 ? filled.get(filled.size() - 8) : null;
    var plan =
        new DemoJournal.Plan(
            coldDay == null ? filled : filled.stream().filter(d -> !d.equals(coldDay)).toList(),
            blank,
            today,
            MultiInsert.highestId(connection, "lesson") + 1,
            MultiInsert.highestId(connection, "justification_note") + 1,
            guardianOf,
            exempt,
            featured);
    Map<String, Integer> counts;
    try (var sink = DemoJournal.jdbc(connection, false)) {
      counts =
          new LinkedHashMap<>(
              new DemoJournal(DemoSchool.SEED).generate(slots, journalGroups, plan, sink));
    }
    if (coldDay != null) {
      counts.putAll(schoolDays(yearId, slots, coldDay, remoteDay, filled.get(filled.size() - 5)));
    }
    counts.put("timetableSlots", slots.size());
    counts.put("schoolDaysFilled", filled.size());
    return counts;
  }

  /**
   * The school's cold day: every lesson of the timetable that day, not held (no entries); a remote
   * day: that day's lessons given remotely; one history lesson that day integrated with art
   * (§23.8). The days are marked by the demo deputy.
   */
  private Map<String, Integer> schoolDays(
      long yearId,
      List<DemoJournal.Slot> slots,
      LocalDate coldDay,
      LocalDate remoteDay,
      LocalDate integratedDay)
      throws SQLException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int weekday = coldDay.getDayOfWeek().getValue();
    List<DemoJournal.Slot> coldSlots = slots.stream().filter(x -> x.weekday() == weekday).toList();
    batch(
        "INSERT INTO lesson (group_id, subject_id, teacher_id, timetable_slot_id, lesson_date,"
            + " lesson_number, not_held_reason) VALUES (?, ?, ?, ?, ?, ?, 'COLD')",
        coldSlots,
        x -> row(x.groupId(), x.subjectId(), x.teacherId(), x.id(), coldDay, x.number()));
    counts.put("coldDayLessons", coldSlots.size());
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE lesson l JOIN study_group g ON g.id = l.group_id SET l.distance = TRUE"
                + " WHERE g.school_year_id = ? AND l.lesson_date = ?")) {
      update.setLong(1, yearId);
      update.setObject(2, remoteDay);
      counts.put("remoteDayLessons", update.executeUpdate());
    }
    String deputy =
        "(SELECT person_id FROM user_account WHERE login = '"
            + DemoSchool.login(Role.DEPUTY).login().replace("'", "''")
            + "')";
    batch(
        "INSERT INTO school_day_mark (school_year_id, day_date, school_class_id, kind, reason,"
            + " note, marked_by, marked_at) VALUES (?, ?, NULL, ?, ?, ?, "
            + deputy
            + ", ?)",
        List.of(
            row(
                yearId,
                coldDay,
                "NOT_HELD",
                "COLD",
                "Sugedo katilinė: klasėse 12 °C",
                java.sql.Timestamp.valueOf(coldDay.atTime(7, 30))),
            row(
                yearId,
                remoteDay,
                "REMOTE",
                null,
                "Pūga: mokiniai mokosi namuose",
                java.sql.Timestamp.valueOf(remoteDay.atTime(7, 0)))),
        r -> r);
    try (PreparedStatement integrate =
        connection.prepareStatement(
            "INSERT INTO lesson_subject (lesson_id, subject_id)"
                + " SELECT l.id, (SELECT id FROM subject WHERE code = ?) FROM lesson l"
                + " JOIN study_group g ON g.id = l.group_id JOIN subject s ON s.id = l.subject_id"
                + " WHERE g.school_year_id = ? AND l.lesson_date = ? AND s.code = ?"
                + " ORDER BY l.id LIMIT 1")) {
      integrate.setString(1, DemoCurriculum.ART);
      integrate.setLong(2, yearId);
      integrate.setObject(3, integratedDay);
      integrate.setString(4, DemoCurriculum.HISTORY);
      counts.put("integratedLessons", integrate.executeUpdate());
    }
    return counts;
  }

  /** Moral education and human safety are assessed passed / failed (the school's rule). */
  static final List<String> PASS_FAIL_SUBJECTS =
      List.of(DemoCurriculum.RELIGION, DemoCurriculum.ETHICS, DemoCurriculum.HUMAN_SAFETY);

  /** How the group is assessed in the subject, as the assessment rules allow. */
  static DemoJournal.Scale scale(
      DemoSchoolModel.StudyGroup group,
      Map<String, DemoSchoolModel.SchoolClass> classes,
      String subject) {
    var schoolClass = group.className() == null ? null : classes.get(group.className());
    if (schoolClass == null || schoolClass.level() == DemoSchoolModel.Level.PRESCHOOL) {
      return group.kind() == DemoSchoolModel.GroupKind.NON_FORMAL
          ? DemoJournal.Scale.PASS_FAIL
          : DemoJournal.Scale.DESCRIPTIVE;
    }
    if (schoolClass.level() == DemoSchoolModel.Level.GRADE
        && PASS_FAIL_SUBJECTS.contains(subject)) {
      return DemoJournal.Scale.PASS_FAIL;
    }
    if (schoolClass.level() == DemoSchoolModel.Level.PREPRIMARY || schoolClass.grade() <= 4) {
      return DemoJournal.Scale.ACHIEVEMENT_LEVEL;
    }
    return DemoJournal.Scale.TEN_POINT;
  }

  private static int demoGuardianKey(DemoSchoolModel model) {
    String login = DemoSchool.login(Role.GUARDIAN).login();
    return model.accounts().stream()
        .filter(a -> a.login().equals(login))
        .findFirst()
        .orElseThrow()
        .personKey();
  }

  /** Subject ids by code; subjects outlive school years, so existing ones are reused. */
  private Map<String, Long> subjects(List<Subject> subjects) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, code FROM subject")) {
      while (rs.next()) {
        ids.put(rs.getString(2), rs.getLong(1));
      }
    }
    for (Subject subject : subjects) {
      if (!ids.containsKey(subject.code())) {
        ids.put(
            subject.code(),
            insert(
                "INSERT INTO subject (code, name, name_en) VALUES (?, ?, ?)",
                subject.code(),
                subject.name(),
                subject.nameEn()));
      }
    }
    return ids;
  }

  private static Object[] row(Object... values) {
    return values;
  }

  private long insert(String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(ps, values);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private <T> void batch(String sql, List<T> rows, Function<T, Object[]> values)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (T row : rows) {
        bind(ps, values.apply(row));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        ps.setNull(i + 1, Types.NULL);
      } else {
        ps.setObject(i + 1, values[i]);
      }
    }
  }
}
