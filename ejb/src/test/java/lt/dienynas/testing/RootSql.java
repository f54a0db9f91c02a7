package lt.dienynas.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * SQL as the database's root (the MariaDB client over the local socket), for tests that play
 * someone with full access to the database — a DBA who can drop the history's triggers — whatever
 * privileges the application's own account has.
 */
public final class RootSql {
  private RootSql() {}

  /** The database the server under test uses (from its {@code -Ddienynas.db.url}). */
  public static String database() {
    String url = System.getProperty("dienynas.db.url", "jdbc:mariadb://127.0.0.1:3306/dienynas");
    String path = url.substring(url.indexOf("//") + 2);
    String name = path.substring(path.indexOf('/') + 1);
    int options = name.indexOf('?');
    return options < 0 ? name : name.substring(0, options);
  }

  /** Runs the statements in the server under test's database; fails with the client's output. */
  public static void run(String sql) throws IOException, InterruptedException {
    run(database(), sql);
  }

  public static void run(String database, String sql) throws IOException, InterruptedException {
    query(database, sql);
  }

  /** Runs the statements and returns what the client printed (tab-separated rows, no headers). */
  public static String query(String database, String sql) throws IOException, InterruptedException {
    Process mysql =
        new ProcessBuilder("mysql", "--protocol=socket", "-uroot", "-N", "-B", database)
            .redirectErrorStream(true)
            .start();
    mysql.getOutputStream().write(sql.getBytes(StandardCharsets.UTF_8));
    mysql.getOutputStream().close();
    String output = new String(mysql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!mysql.waitFor(60, TimeUnit.SECONDS) || mysql.exitValue() != 0) {
      throw new IllegalStateException("root SQL failed: " + output);
    }
    return output.strip();
  }
}
