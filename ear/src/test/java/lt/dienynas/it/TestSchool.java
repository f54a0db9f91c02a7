package lt.dienynas.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.security.Role;
import org.mindrot.jbcrypt.BCrypt;

/**
 * A class of a test's own, built over JDBC in the database the server under test uses: a 2030–2031
 * school year, a class with its class teacher and students, a subject taught to the class by a
 * teacher (both with accounts), and lessons on request.
 */
public final class TestSchool {
  public static final LocalDate START = LocalDate.of(2030, 9, 1);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  public final long yearId;
  public final long classId;
  public final long groupId;
  public final long subjectId;
  public final Account teacher;
  public final Account classTeacher;
  public final List<Long> students = new ArrayList<>();
  public final List<String> studentNames = new ArrayList<>();

  private TestSchool(int grade, int studentCount) throws SQLException {
    String tag = "T" + ProcessHandle.current().pid() % 100000 + "." + SEQUENCE.incrementAndGet();
    teacher = TestPeople.staff("Vaida", "Mokytoja", Role.TEACHER);
    classTeacher = TestPeople.staff("Jūratė", "Vadovė", Role.CLASS_TEACHER);
    try (Connection c = TestPeople.connect()) {
      yearId =
          insert(
              c,
              "INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
              tag,
              START,
              LocalDate.of(2031, 8, 31));
      classId =
          insert(
              c,
              "INSERT INTO school_class (school_year_id, level, grade, letter, name,"
                  + " class_teacher_id) VALUES (?, 'GRADE', ?, 'a', ?, ?)",
              yearId,
              grade,
              grade + "a",
              classTeacher.personId());
      groupId =
          insert(
              c,
              "INSERT INTO study_group (school_year_id, kind, name, school_class_id)"
                  + " VALUES (?, 'CLASS', ?, ?)",
              yearId,
              grade + "a",
              classId);
      subjectId =
          insert(
              c,
              "INSERT INTO subject (code, name, name_en) VALUES (?, 'Matematika', 'Mathematics')",
              tag);
      insert(
          c,
          "INSERT INTO teaching_assignment (teacher_id, subject_id, group_id, valid_from)"
              + " VALUES (?, ?, ?, ?)",
          teacher.personId(),
          subjectId,
          groupId,
          START);
      String[] firstNames = {"Ąžuolas", "Gabija", "Kęstutis", "Šarūnė", "Žygimantas", "Ugnė"};
      for (int i = 0; i < studentCount; i++) {
        String firstName = firstNames[i % firstNames.length];
        String lastName = "Mokinys" + tag.replace(".", "") + "x" + i;
        long student = student(c, firstName, lastName);
        insert(
            c,
            "INSERT INTO group_member (group_id, student_id, valid_from) VALUES (?, ?, ?)",
            groupId,
            student,
            START);
        students.add(student);
        studentNames.add(firstName + " " + lastName);
      }
    }
  }

  public static TestSchool create(int grade, int students) {
    try {
      return new TestSchool(grade, students);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A lesson of the class's subject by its teacher. */
  public long lesson(LocalDate date, int number) {
    try (Connection c = TestPeople.connect()) {
      return insert(
          c,
          "INSERT INTO lesson (group_id, subject_id, teacher_id, lesson_date, lesson_number)"
              + " VALUES (?, ?, ?, ?, ?)",
          groupId,
          subjectId,
          teacher.personId(),
          date,
          number);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Another subject taught to the class by this teacher from the start of the year; its id. */
  public long subject(String name, Account by) {
    try (Connection c = TestPeople.connect()) {
      long subject =
          insert(
              c,
              "INSERT INTO subject (code, name, name_en) VALUES (?, ?, ?)",
              "X" + ProcessHandle.current().pid() % 100000 + "." + SEQUENCE.incrementAndGet(),
              name,
              name);
      update(
          c,
          "INSERT INTO teaching_assignment (teacher_id, subject_id, group_id, valid_from)"
              + " VALUES (?, ?, ?, ?)",
          by.personId(),
          subject,
          groupId,
          START);
      return subject;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A lesson of the class in that subject by that teacher. */
  public long lesson(long lessonSubject, Account by, LocalDate date, int number) {
    try (Connection c = TestPeople.connect()) {
      return insert(
          c,
          "INSERT INTO lesson (group_id, subject_id, teacher_id, lesson_date, lesson_number)"
              + " VALUES (?, ?, ?, ?, ?)",
          groupId,
          lessonSubject,
          by.personId(),
          date,
          number);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A guardian of the given students, with an account. */
  public static Account guardianOf(String firstName, String lastName, long... children) {
    Account guardian = TestPeople.guardian(firstName, lastName);
    try (Connection c = TestPeople.connect()) {
      for (long child : children) {
        update(
            c,
            "INSERT INTO guardianship (guardian_id, student_id) VALUES (?, ?)",
            guardian.personId(),
            child);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return guardian;
  }

  /** An account of the student (grades 5–8 may log in). */
  public Account studentAccount(int index) {
    long student = students.get(index);
    String login = "s" + ProcessHandle.current().pid() + "." + SEQUENCE.incrementAndGet();
    String password = "Slaptas-" + login;
    try (Connection c = TestPeople.connect()) {
      long account =
          insert(
              c,
              "INSERT INTO user_account (person_id, login, password_hash, enabled)"
                  + " VALUES (?, ?, ?, TRUE)",
              student,
              login,
              BCrypt.hashpw(password, BCrypt.gensalt(10)));
      update(c, "INSERT INTO user_account_role (account_id, role) VALUES (?, 'STUDENT')", account);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new Account(student, login, password, studentNames.get(index));
  }

  public static String query(String sql, Object... args) {
    try (Connection c = TestPeople.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long student(Connection c, String firstName, String lastName) throws SQLException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (true) {
      LocalDate born = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365));
      PersonalCode code =
          PersonalCode.of(
              born, random.nextBoolean(), random.nextInt(lt.dienynas.demo.DemoSchool.FIRST_SERIAL));
      long person =
          insert(
              c,
              "INSERT INTO person (person_type, first_name, last_name) VALUES ('STUDENT', ?, ?)",
              firstName,
              lastName);
      try {
        update(
            c,
            "INSERT INTO student (person_id, personal_code, birth_date) VALUES (?, ?, ?)",
            person,
            code.value(),
            born);
        return person;
      } catch (SQLIntegrityConstraintViolationException taken) {
        update(c, "DELETE FROM person WHERE id = ?", person);
      }
    }
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
