package lt.dienynas.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
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

  /**
   * An employee with the given roles and an enabled account, who has accepted the confidentiality
   * pledge (as every working employee has).
   */
  public static Account staff(String firstName, String lastName, Role... roles) {
    Account account = staffWithoutPledge(firstName, lastName, roles);
    acceptPledge(account.personId());
    return account;
  }

  /** An employee with an enabled account who has not accepted the pledge yet. */
  public static Account staffWithoutPledge(String firstName, String lastName, Role... roles) {
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

  /** The employee accepts the pledge in force. */
  public static void acceptPledge(long personId) {
    run(
        "INSERT INTO pledge_acceptance (person_id, pledge_version, accepted_at)"
            + " SELECT ?, MAX(version), CURRENT_TIMESTAMP(3) FROM confidentiality_pledge",
        personId);
  }

  /** A guardian of the children with an enabled account. */
  public static Account guardianOf(String firstName, String lastName, long... children) {
    Account guardian = guardian(firstName, lastName);
    for (long child : children) {
      run(
          "INSERT INTO guardianship (guardian_id, student_id) VALUES (?, ?)",
          guardian.personId(),
          child);
    }
    return guardian;
  }

  /** A school year of the test's own, 2030–2031. */
  public static long schoolYear() {
    return insertRow(
        "INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
        "Y" + ProcessHandle.current().pid() + "." + SEQUENCE.incrementAndGet(),
        LocalDate.of(2030, 9, 1),
        LocalDate.of(2031, 8, 31));
  }

  /** A grade class and its class group. */
  public record SchoolClassRef(long classId, long groupId, String name) {}

  public static SchoolClassRef gradeClass(
      long yearId, int grade, String letter, Long classTeacher) {
    String name = grade + letter;
    long classId =
        insertRow(
            "INSERT INTO school_class (school_year_id, level, grade, letter, name, class_teacher_id)"
                + " VALUES (?, 'GRADE', ?, ?, ?, ?)",
            yearId,
            grade,
            letter,
            name,
            classTeacher);
    long groupId = group(yearId, "CLASS", name, classId);
    return new SchoolClassRef(classId, groupId, name);
  }

  /** A pre-school group (a class of level PRESCHOOL with its group). */
  public static SchoolClassRef preschoolGroup(long yearId, String name) {
    long classId =
        insertRow(
            "INSERT INTO school_class (school_year_id, level, grade, letter, name) VALUES (?,"
                + " 'PRESCHOOL', NULL, '', ?)",
            yearId,
            name);
    return new SchoolClassRef(classId, group(yearId, "PRESCHOOL", name, classId), name);
  }

  public static long group(long yearId, String kind, String name, Long classId) {
    return insertRow(
        "INSERT INTO study_group (school_year_id, kind, name, school_class_id) VALUES (?, ?, ?, ?)",
        yearId,
        kind,
        name,
        classId);
  }

  /** A student (no account) born in the year, member of the groups from 2030-09-01. */
  public static long student(String firstName, String lastName, int birthYear, long... groups) {
    try (Connection c = connect()) {
      long id = person(c, "STUDENT", firstName, lastName);
      ThreadLocalRandom random = ThreadLocalRandom.current();
      PersonalCode code =
          PersonalCode.of(
              LocalDate.ofYearDay(birthYear, 1 + random.nextInt(365)),
              random.nextBoolean(),
              random.nextInt(lt.dienynas.demo.DemoSchool.FIRST_SERIAL));
      update(
          c,
          "INSERT INTO student (person_id, personal_code, birth_date) VALUES (?, ?, ?)",
          id,
          code.value(),
          code.birthDate());
      for (long group : groups) {
        update(
            c,
            "INSERT INTO group_member (group_id, student_id, valid_from) VALUES (?, ?, ?)",
            group,
            id,
            LocalDate.of(2030, 9, 1));
      }
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An enabled account for an existing student. */
  public static Account studentAccount(long studentId, String firstName, String lastName) {
    try (Connection c = connect()) {
      return account(c, studentId, firstName, lastName, Role.STUDENT);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The teacher teaches the group a subject of its own from 2030-09-01. */
  public static void teach(long teacherId, long groupId) {
    long subject =
        insertRow(
            "INSERT INTO subject (code, name, name_en) VALUES (?, 'Dalykas', 'Subject')",
            "S" + ProcessHandle.current().pid() + "." + SEQUENCE.incrementAndGet());
    run(
        "INSERT INTO teaching_assignment (teacher_id, subject_id, group_id, valid_from) VALUES (?,"
            + " ?, ?, ?)",
        teacherId,
        subject,
        groupId,
        LocalDate.of(2030, 9, 1));
  }

  /** The specialist supports the student from today. */
  public static void support(long specialistId, long studentId) {
    run(
        "INSERT INTO student_support (specialist_id, student_id, valid_from) VALUES (?, ?, ?)",
        specialistId,
        studentId,
        LocalDate.now(SchoolClock.ZONE));
  }

  /** The person must change the password at the next login (as after a reset). */
  public static void mustChangePassword(Account account) {
    run("UPDATE user_account SET must_change_password = TRUE WHERE login = ?", account.login());
  }

  /** Runs one statement on the test database. */
  public static void run(String sql, Object... args) {
    try (Connection c = connect()) {
      update(c, sql, args);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row of a query. */
  public static List<String> column(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      List<String> values = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long insertRow(String sql, Object... args) {
    try (Connection c = connect()) {
      return insert(c, sql, args);
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

  /** A student (of no class yet) with an enabled account. */
  public static Account student(String firstName, String lastName, String personalCode) {
    try (Connection c = connect()) {
      long id = person(c, "STUDENT", firstName, lastName);
      PersonalCode code = PersonalCode.parse(personalCode);
      update(
          c,
          "INSERT INTO student (person_id, personal_code, birth_date) VALUES (?, ?, ?)",
          id,
          code.value(),
          code.birthDate());
      return account(c, id, firstName, lastName, Role.STUDENT);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An account of the given role, for a person of the kind that role needs. */
  public static Account withRole(Role role) {
    return switch (role) {
      case GUARDIAN -> guardian("Globėjas", "Testinis");
      case STUDENT -> student("Mokinys", "Testinis", uniqueStudentCode());
      default -> staff("Darbuotojas", "Testinis", role);
    };
  }

  private static String uniqueStudentCode() {
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    try (Connection c = connect()) {
      while (true) {
        String code =
            PersonalCode.of(
                    java.time.LocalDate.ofYearDay(2013, 1 + random.nextInt(365)),
                    random.nextBoolean(),
                    random.nextInt(lt.dienynas.demo.DemoSchool.FIRST_SERIAL))
                .value();
        try (PreparedStatement ps =
            c.prepareStatement("SELECT 1 FROM student WHERE personal_code = ?")) {
          ps.setString(1, code);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return code;
            }
          }
        }
      }
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
