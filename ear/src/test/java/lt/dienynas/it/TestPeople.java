package lt.dienynas.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import lt.dienynas.security.Role;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Builds each test's own people and accounts straight in the test database (the one the server
 * under test uses), so that HTTP tests can log in as them.
 */
public final class TestPeople {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** An account a test can log in with. */
  public record Account(long personId, String login, String password, String fullName) {}

  private TestPeople() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("dienynas.db.url"),
        System.getProperty("dienynas.db.user"),
        System.getProperty("dienynas.db.password"));
  }

  /** An employee with the given roles and an enabled account. */
  public static Account staff(String firstName, String lastName, Role... roles) {
    try (Connection c = connect()) {
      long id = person(c, "STAFF", firstName, lastName);
      update(c, "INSERT INTO staff_member (person_id, active) VALUES (?, TRUE)", id);
      for (Role role : roles) {
        update(c, "INSERT INTO staff_role (staff_id, role) VALUES (?, ?)", id, role.name());
      }
      return account(c, id, firstName, lastName, roles);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A guardian (of nobody yet) with an enabled account. */
  public static Account guardian(String firstName, String lastName) {
    try (Connection c = connect()) {
      long id = person(c, "GUARDIAN", firstName, lastName);
      update(c, "INSERT INTO guardian (person_id) VALUES (?)", id);
      return account(c, id, firstName, lastName, Role.GUARDIAN);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A grade class with its class group, in a school year of its own. */
  public record SchoolClassGroup(long yearId, long classId, long groupId, String name) {}

  /** A class "5a" (grade, letter) with its class teacher, in a new school year 2030–2031. */
  public static SchoolClassGroup gradeClass(int grade, String letter, long classTeacherId) {
    try (Connection c = connect()) {
      String unique = ProcessHandle.current().pid() + "." + SEQUENCE.incrementAndGet();
      long year =
          insert(
              c,
              "INSERT INTO school_year (name, start_date, end_date) VALUES (?, '2030-09-01',"
                  + " '2031-08-31')",
              "Y" + unique);
      String name = grade + letter;
      long classId =
          insert(
              c,
              "INSERT INTO school_class (school_year_id, level, grade, letter, name,"
                  + " class_teacher_id) VALUES (?, 'GRADE', ?, ?, ?, ?)",
              year,
              grade,
              letter,
              name,
              classTeacherId);
      long groupId =
          insert(
              c,
              "INSERT INTO study_group (school_year_id, kind, name, school_class_id) VALUES (?,"
                  + " 'CLASS', ?, ?)",
              year,
              name,
              classId);
      return new SchoolClassGroup(year, classId, groupId, name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A student (without an account) in the group from 1 September 2025. */
  public static long student(String firstName, String lastName, long groupId) {
    try (Connection c = connect()) {
      long id = person(c, "STUDENT", firstName, lastName);
      // a unique 11-digit code; the realm and these tests never check its control digit
      String code = String.format("5%010d", id);
      update(
          c,
          "INSERT INTO student (person_id, personal_code, birth_date) VALUES (?, ?,"
              + " '2014-05-01')",
          id,
          code);
      update(
          c,
          "INSERT INTO group_member (group_id, student_id, valid_from) VALUES (?, ?,"
              + " '2025-09-01')",
          groupId,
          id);
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void guardianOf(Account guardian, long studentId) {
    try (Connection c = connect()) {
      update(
          c,
          "INSERT INTO guardianship (guardian_id, student_id) VALUES (?, ?)",
          guardian.personId(),
          studentId);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void disable(Account account) {
    try (Connection c = connect()) {
      update(c, "UPDATE user_account SET enabled = FALSE WHERE login = ?", account.login());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Account account(
      Connection c, long personId, String firstName, String lastName, Role... roles)
      throws SQLException {
    String login = "t" + ProcessHandle.current().pid() + "." + SEQUENCE.incrementAndGet();
    String password = "Slaptas-" + login;
    long accountId =
        insert(
            c,
            "INSERT INTO user_account (person_id, login, password_hash, enabled) VALUES (?, ?, ?,"
                + " TRUE)",
            personId,
            login,
            BCrypt.hashpw(password, BCrypt.gensalt(10)));
    for (Role role : roles) {
      update(
          c,
          "INSERT INTO user_account_role (account_id, role) VALUES (?, ?)",
          accountId,
          role.name());
    }
    return new Account(personId, login, password, firstName + " " + lastName);
  }

  private static long person(Connection c, String type, String firstName, String lastName)
      throws SQLException {
    return insert(
        c,
        "INSERT INTO person (person_type, first_name, last_name) VALUES (?, ?, ?)",
        type,
        firstName,
        lastName);
  }

  private static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(ps, args);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }
}
