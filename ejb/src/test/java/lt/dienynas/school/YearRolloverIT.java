package lt.dienynas.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import lt.dienynas.demo.DemoSchool;
import lt.dienynas.school.YearRollover.ClassAction;
import lt.dienynas.school.YearRolloverService.Preview;
import lt.dienynas.school.YearSetupService.ClassLine;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rollover of the demo school (2026–2027): the right classes in the new year, class lists and
 * groups carried where they continue, last year closed, still readable and unchanged.
 */
@ExtendWith(ArquillianExtension.class)
class YearRolloverIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("year-rollover-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  DataSource dataSource;

  @EJB YearRolloverService rollover;

  @EJB YearSetupService setup;

  @Test
  void theDemoSchoolRollsOverIntoTheRightClassesAndLastYearStaysAsItWas() throws Exception {
    long oldYear = demoYear();
    Account admin =
        new Fixtures(em, tx).account(new Fixtures(em, tx).staff("Ada", "Admin", Role.DB_ADMIN));
    String newName = Fixtures.unique("N");
    LocalDate start = LocalDate.of(2027, 9, 1);
    LocalDate end = LocalDate.of(2028, 8, 31);
    String before = fingerprint(oldYear);
    Map<String, Set<Long>> oldLists = lists(oldYear);

    Preview preview =
        AsPerson.call(
            admin.login(), admin.password(), () -> rollover.preview(oldYear, newName, start, end));
    assertEquals(14, preview.plan().count(ClassAction.PROMOTE));
    assertEquals(2, preview.plan().count(ClassAction.CLOSE));
    assertEquals(1, preview.plan().count(ClassAction.NEW_FIRST_GRADE));
    assertEquals(1, preview.plan().count(ClassAction.NEW_PREPRIMARY));
    assertEquals(1, preview.plan().count(ClassAction.CONTINUE));
    assertEquals(before, fingerprint(oldYear), "the preview changed nothing");

    long newYear =
        AsPerson.call(
            admin.login(),
            admin.password(),
            () -> rollover.apply(oldYear, newName, start, end, preview.fingerprint()));
    try {
      assertRolledOver(admin, oldYear, newYear, before, oldLists, start, end);
    } finally {
      restoreDemoSchool(oldYear, newYear);
    }
  }

  private void assertRolledOver(
      Account admin,
      long oldYear,
      long newYear,
      String before,
      Map<String, Set<Long>> oldLists,
      LocalDate start,
      LocalDate end)
      throws Exception {

    List<ClassLine> classes =
        AsPerson.call(admin.login(), admin.password(), () -> setup.overview(newYear)).classes();
    Set<String> names = classes.stream().map(ClassLine::name).collect(Collectors.toSet());
    Set<String> expected = new TreeSet<>(Set.of("Boružėlės", "Pelėdžiukai", "1a"));
    for (int grade = 2; grade <= 8; grade++) {
      expected.add(grade + "a");
      expected.add(grade + "b");
    }
    assertEquals(expected, new TreeSet<>(names));

    Map<String, Set<Long>> newLists = lists(newYear);
    assertEquals(oldLists.get("5a"), newLists.get("6a"), "5a's students make up 6a");
    assertEquals(oldLists.get("7b"), newLists.get("8b"));
    assertEquals(oldLists.get("Pelėdžiukai"), newLists.get("1a"), "pre-primary becomes 1a");
    assertTrue(newLists.getOrDefault("Pelėdžiukai", Set.of()).isEmpty(), "a new intake group");
    assertEquals(oldLists.get("Boružėlės"), newLists.get("Boružėlės"));
    assertEquals(oldLists.get("5a anglų k. 1 gr."), newLists.get("6a anglų k. 1 gr."));
    Set<Long> graduates = oldLists.get("8a");
    assertTrue(
        newLists.values().stream()
            .noneMatch(members -> members.stream().anyMatch(graduates::contains)),
        "8th-graders finish school");
    assertEquals(
        classTeacher(oldYear, "5a"), classTeacher(newYear, "6a"), "the class teacher goes along");
    assertEquals(null, classTeacher(newYear, "5a"), "4a's primary teacher stays in primary");

    assertEquals(before, fingerprint(oldYear), "last year is unchanged");
    em.clear();
    assertTrue(em.find(SchoolYear.class, oldYear).isReadOnly());
    List<ClassLine> oldClasses =
        AsPerson.call(admin.login(), admin.password(), () -> setup.overview(oldYear)).classes();
    assertEquals(18, oldClasses.size(), "last year stays readable");
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                AsPerson.call(
                    admin.login(),
                    admin.password(),
                    () -> {
                      setup.addHoliday(
                          oldYear, "Vasaros", LocalDate.of(2027, 6, 22), LocalDate.of(2027, 8, 31));
                      return null;
                    }));
    assertEquals("schoolYear.readOnly", refused.getKey());
    assertThrows(
        BusinessException.class,
        () ->
            AsPerson.call(
                admin.login(),
                admin.password(),
                () -> rollover.preview(oldYear, Fixtures.unique("M"), start, end)));
    assertFalse(
        AsPerson.call(admin.login(), admin.password(), () -> setup.checklist(newYear)).complete(),
        "periods and holidays of the new year are still to be entered");
  }

  /**
   * Leaves the database as the demo loader left it, for the tests that come after: the new year
   * goes, the demo year is open again.
   */
  private void restoreDemoSchool(long oldYear, long newYear) throws Exception {
    String ofNewYear = " WHERE school_year_id = " + newYear;
    String[] statements = {
      "DELETE m FROM group_member m JOIN study_group g ON g.id = m.group_id"
          + " WHERE g.school_year_id = "
          + newYear,
      "DELETE FROM study_group" + ofNewYear,
      "DELETE FROM school_class" + ofNewYear,
      "DELETE FROM curriculum_line" + ofNewYear,
      "DELETE FROM lesson_time" + ofNewYear,
      "DELETE FROM school_year WHERE id = " + newYear,
      "UPDATE school_year SET read_only = FALSE WHERE id = " + oldYear
    };
    try (Connection c = dataSource.getConnection();
        java.sql.Statement statement = c.createStatement()) {
      for (String sql : statements) {
        statement.executeUpdate(sql);
      }
    }
  }

  /**
   * The demo school's year, loaded once per database; a year an earlier run of this test closed is
   * reopened first, so the test can run again on the same database.
   */
  private long demoYear() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      DemoSchool.load(c);
      try (PreparedStatement ps =
          c.prepareStatement("UPDATE school_year SET read_only = FALSE WHERE name = ?")) {
        ps.setString(1, DemoSchool.YEAR_NAME);
        ps.executeUpdate();
      }
      return Long.parseLong(
          query(c, "SELECT id FROM school_year WHERE name = ?", DemoSchool.YEAR_NAME));
    }
  }

  /** Every group's members (still on it at the year's end), by group name. */
  private Map<String, Set<Long>> lists(long yearId) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT g.name, m.student_id FROM study_group g JOIN school_year y ON y.id ="
                    + " g.school_year_id LEFT JOIN group_member m ON m.group_id = g.id AND"
                    + " (m.valid_to IS NULL OR m.valid_to >= y.end_date) WHERE g.school_year_id"
                    + " = ?")) {
      ps.setLong(1, yearId);
      Map<String, Set<Long>> lists = new java.util.HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Set<Long> members = lists.computeIfAbsent(rs.getString(1), k -> new TreeSet<>());
          long student = rs.getLong(2);
          if (!rs.wasNull()) {
            members.add(student);
          }
        }
      }
      return lists;
    }
  }

  private String classTeacher(long yearId, String className) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      return query(
          c,
          "SELECT class_teacher_id FROM school_class WHERE school_year_id = "
              + yearId
              + " AND name = ?",
          className);
    }
  }

  /** A checksum of everything of the year except its read-only flag. */
  private String fingerprint(long yearId) throws Exception {
    String year = " WHERE school_year_id = " + yearId;
    try (Connection c = dataSource.getConnection()) {
      return String.join(
          "/",
          query(
              c,
              "SELECT CONCAT_WS('|', name, start_date, end_date) FROM school_year WHERE id = "
                  + yearId),
          query(
              c,
              "SELECT CONCAT(COUNT(*), ':', SUM(CRC32(CONCAT_WS('|', id, kind, start_date, end_date)))) FROM school_period"
                  + year),
          query(
              c,
              "SELECT CONCAT(COUNT(*), ':', SUM(CRC32(CONCAT_WS('|', id, name, start_date, end_date)))) FROM holiday"
                  + year),
          query(
              c,
              "SELECT CONCAT(COUNT(*), ':', SUM(CRC32(CONCAT_WS('|', id, level, grade, letter, name, IFNULL(class_teacher_id, ''))))) FROM school_class"
                  + year),
          query(
              c,
              "SELECT CONCAT(COUNT(*), ':', SUM(CRC32(CONCAT_WS('|', id, kind, name, IFNULL(school_class_id, ''), IFNULL(subject_id, ''))))) FROM study_group"
                  + year),
          query(
              c,
              "SELECT CONCAT(COUNT(*), ':', SUM(CRC32(CONCAT_WS('|', id, grade, subject_id, weekly_lessons)))) FROM curriculum_line"
                  + year),
          query(
              c,
              "SELECT CONCAT(COUNT(*), ':', SUM(CRC32(CONCAT_WS('|', m.id, m.group_id, m.student_id, m.valid_from, IFNULL(m.valid_to, ''))))) FROM group_member m JOIN study_group g ON g.id = m.group_id WHERE g.school_year_id = "
                  + yearId),
          query(
              c,
              "SELECT CONCAT(COUNT(*), ':', SUM(CRC32(CONCAT_WS('|', a.id, a.teacher_id, a.subject_id, a.group_id, a.valid_from, IFNULL(a.valid_to, ''))))) FROM teaching_assignment a JOIN study_group g ON g.id = a.group_id WHERE g.school_year_id = "
                  + yearId));
    }
  }

  private static String query(Connection c, String sql, String... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
