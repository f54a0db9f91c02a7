package lt.dienynas.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The runtime account's privileges, granted by the schema owner after the migrations (issue 23):
 * SELECT, INSERT, UPDATE and DELETE on every table of the application; only SELECT and INSERT on
 * the append-only tables ({@link #APPEND_ONLY}); only SELECT on Flyway's history. No DDL, no
 * TRIGGER, no GRANT: the running application cannot drop the history's triggers nor change the
 * schema.
 *
 * <p>Derived from the schema itself, so a table a new migration adds gets its grants at the next
 * deployment; a new append-only table must be added to {@link #APPEND_ONLY}.
 */
final class RuntimeGrants {
  private static final Logger LOG = Logger.getLogger(RuntimeGrants.class.getName());

  /** Tables the application may only append to (their triggers refuse UPDATE and DELETE too). */
  static final Set<String> APPEND_ONLY = Set.of("history_entry");

  /** Tables the application never writes: Flyway's own history. */
  private static final Set<String> NOT_WRITTEN = Set.of("flyway_schema_history");

  private RuntimeGrants() {}

  static void apply(DataSource owner, DataSource runtime) {
    try (Connection ownerConnection = owner.getConnection();
        Connection runtimeConnection = runtime.getConnection()) {
      String ownerAccount = currentUser(ownerConnection);
      String runtimeAccount = currentUser(runtimeConnection);
      if (user(ownerAccount).equals(user(runtimeAccount))) {
        LOG.warning(
            () ->
                "The application runs as the schema owner "
                    + ownerAccount
                    + ": give DienynasDS its own account (scripts/mariadb.sh creates it)");
        return;
      }
      String grantee = quoted(runtimeAccount);
      try (Statement s = ownerConnection.createStatement()) {
        String schema = single(s, "SELECT DATABASE()");
        String db = "`" + schema.replace("`", "``") + "`";
        List<String> tables = new ArrayList<>();
        try (ResultSet rs =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
          while (rs.next()) {
            tables.add(rs.getString(1));
          }
        }
        // table by table: MariaDB lets an owner whose GRANT OPTION comes from a wildcard
        // (dienynas\_%) grant on the tables of a matching schema, not on the schema as a whole
        int written = 0;
        for (String table : tables) {
          String name = table.toLowerCase(java.util.Locale.ROOT);
          String privileges;
          if (NOT_WRITTEN.contains(name)) {
            privileges = "SELECT";
          } else if (APPEND_ONLY.contains(name)) {
            privileges = "SELECT, INSERT";
          } else {
            privileges = "SELECT, INSERT, UPDATE, DELETE";
            written++;
          }
          s.execute(
              "GRANT "
                  + privileges
                  + " ON "
                  + db
                  + ".`"
                  + table.replace("`", "``")
                  + "` TO "
                  + grantee);
        }
        int count = written;
        LOG.info(
            () ->
                "Runtime account "
                    + runtimeAccount
                    + ": in "
                    + schema
                    + ", writes on "
                    + count
                    + " tables, INSERT only on "
                    + APPEND_ONLY);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The schema owner could not grant the runtime account its privileges", e);
    }
  }

  private static String currentUser(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      return single(s, "SELECT CURRENT_USER()");
    }
  }

  private static String single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String user(String account) {
    int at = account.lastIndexOf('@');
    return at < 0 ? account : account.substring(0, at);
  }

  /** {@code user@host} as {@code 'user'@'host'}. */
  private static String quoted(String account) {
    int at = account.lastIndexOf('@');
    String host = at < 0 ? "%" : account.substring(at + 1);
    return "'" + escape(user(account)) + "'@'" + escape(host) + "'";
  }

  private static String escape(String part) {
    return part.replace("\\", "\\\\").replace("'", "''");
  }
}
