package lt.dienynas.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import lt.dienynas.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Least privilege in the database (issue 23): the application's runtime account (DienynasDS) can
 * read and write the diary's data but cannot change the schema, drop the history's append-only
 * triggers nor update or delete history; the migrations ran as the schema owner (DienynasOwnerDS).
 */
@ExtendWith(ArquillianExtension.class)
class DatabasePrivilegesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("database-privileges-it");
  }

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  DataSource runtime;

  @Resource(lookup = "java:jboss/datasources/DienynasOwnerDS")
  DataSource owner;

  @Test
  void theRuntimeAccountIsNotTheSchemaOwner() throws SQLException {
    String runtimeUser = single(runtime, "SELECT CURRENT_USER()");
    String ownerUser = single(owner, "SELECT CURRENT_USER()");
    assertNotEquals(user(ownerUser), user(runtimeUser));
    // the migrations ran as the owner
    assertEquals(
        "0",
        single(
            owner,
            "SELECT COUNT(*) FROM flyway_schema_history WHERE installed_by <> '"
                + user(ownerUser)
                + "' AND type <> 'BASELINE'"));
  }

  @Test
  void theRuntimeAccountCannotDropTheHistoryTriggers() throws SQLException {
    try (Connection c = runtime.getConnection();
        Statement s = c.createStatement()) {
      boolean dropped;
      try {
        s.execute("DROP TRIGGER history_entry_no_update");
        dropped = true;
      } catch (SQLException refused) {
        assertDenied(refused);
        dropped = false;
      }
      if (dropped) {
        try (Connection o = owner.getConnection();
            Statement os = o.createStatement()) {
          os.execute(
              "CREATE TRIGGER history_entry_no_update BEFORE UPDATE ON history_entry FOR EACH ROW"
                  + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'history_entry is append-only'");
        }
        fail("the runtime account dropped the history's append-only trigger");
      }
      assertDenied(
          assertThrows(
              SQLException.class, () -> s.execute("DROP TRIGGER history_entry_no_delete")));
      assertDenied(
          assertThrows(
              SQLException.class,
              () ->
                  s.execute(
                      "CREATE TRIGGER dn_probe BEFORE INSERT ON history_entry FOR EACH ROW SET"
                          + " NEW.id = NEW.id")));
    }
    assertEquals(
        "2",
        single(
            owner,
            "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = DATABASE()"
                + " AND event_object_table = 'history_entry'"));
  }

  @Test
  void theRuntimeAccountMayOnlyAppendToTheHistory() throws SQLException {
    try (Connection c = runtime.getConnection();
        Statement s = c.createStatement()) {
      // refused by the privileges themselves (error 1142), not only by the trigger (45000)
      assertDenied(
          assertThrows(
              SQLException.class,
              () -> s.executeUpdate("UPDATE history_entry SET entity_id = entity_id WHERE 1 = 0")));
      assertDenied(
          assertThrows(
              SQLException.class, () -> s.executeUpdate("DELETE FROM history_entry WHERE 1 = 0")));
    }
    String grants = String.join("\n", grantsOfRuntime());
    assertTrue(
        grants.matches("(?s).*GRANT SELECT, INSERT ON `[^`]+`\\.`history_entry` TO.*"), grants);
  }

  @Test
  void theRuntimeAccountCannotChangeTheSchema() throws SQLException {
    try (Connection c = runtime.getConnection();
        Statement s = c.createStatement()) {
      assertDenied(
          assertThrows(SQLException.class, () -> s.execute("CREATE TABLE dn_probe (id INT)")));
      assertDenied(
          assertThrows(
              SQLException.class, () -> s.execute("ALTER TABLE login_lock ADD COLUMN x INT")));
      assertDenied(assertThrows(SQLException.class, () -> s.execute("DROP TABLE login_lock")));
      assertDenied(assertThrows(SQLException.class, () -> s.execute("TRUNCATE TABLE login_event")));
      assertDenied(
          assertThrows(SQLException.class, () -> s.execute("DELETE FROM flyway_schema_history")));
    }
    for (String line : grantsOfRuntime()) {
      String grant = line.substring(0, line.indexOf(" ON "));
      for (String forbidden :
          new String[] {"ALL PRIVILEGES", "CREATE", "DROP", "ALTER", "TRIGGER", "GRANT OPTION"}) {
        assertTrue(!grant.contains(forbidden), line);
      }
    }
  }

  @Test
  void theRuntimeAccountWritesTheDiarysData() throws SQLException {
    try (Connection c = runtime.getConnection();
        Statement s = c.createStatement()) {
      assertEquals(
          1,
          s.executeUpdate(
              "INSERT INTO login_lock (login, locked_until) VALUES ('dn-privileges-probe', NOW())"));
      assertEquals(
          1,
          s.executeUpdate(
              "UPDATE login_lock SET locked_until = NOW() WHERE login = 'dn-privileges-probe'"));
      assertEquals(
          1, s.executeUpdate("DELETE FROM login_lock WHERE login = 'dn-privileges-probe'"));
    }
  }

  private java.util.List<String> grantsOfRuntime() throws SQLException {
    java.util.List<String> grants = new java.util.ArrayList<>();
    try (Connection c = runtime.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW GRANTS FOR CURRENT_USER()")) {
      while (rs.next()) {
        grants.add(rs.getString(1));
      }
    }
    return grants;
  }

  /** MariaDB's "command denied" (1142), "access denied" (1044, 1227) or "trigger" (1419/1142). */
  private static void assertDenied(SQLException e) {
    String message = String.valueOf(e.getMessage());
    assertTrue(
        e.getErrorCode() == 1142
            || e.getErrorCode() == 1044
            || e.getErrorCode() == 1227
            || e.getErrorCode() == 1143
            || message.contains("denied"),
        e.getErrorCode() + " " + message);
  }

  private static String single(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String user(String account) {
    int at = account.lastIndexOf('@');
    return at < 0 ? account : account.substring(0, at);
  }
}
