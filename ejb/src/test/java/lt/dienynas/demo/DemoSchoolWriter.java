package lt.dienynas.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
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
 * Writes a {@link DemoSchoolModel} over plain JDBC, in batches, inside the caller's transaction.
 *
 * <p>People get explicit ids after the highest existing one (read with {@code FOR UPDATE}, which
 * holds off concurrent inserts until commit), so the ~1,200 person rows go in one batch instead of
 * one round trip each for their generated keys. The few dozen classes, groups and accounts are
 * inserted one by one and keep their generated ids.
 */
final class DemoSchoolWriter {

  private static final Logger LOG = Logger.getLogger(DemoSchoolWriter.class.getName());

  private final Connection connection;

  DemoSchoolWriter(Connection connection) {
    this.connection = connection;
  }

  DemoSchool.Summary write(DemoSchoolModel model, String passwordHash) throws SQLException {
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

    long base = single("SELECT COALESCE(MAX(id), 0) FROM person FOR UPDATE");
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
    LOG.info(() -> model.accounts().size() + " demo accounts written");

    return new DemoSchool.Summary(
        false,
        model.classes().size(),
        model.students().size(),
        (int) model.guardianCount(),
        model.staff().size(),
        model.groups().size(),
        model.accounts().size());
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

  private long single(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
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
