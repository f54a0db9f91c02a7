package lt.dienynas.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.security.Role;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.RootSql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The round trip of {@code ./dienynas.sh backup} and {@code restore}: the diary of the server under
 * test, with its history key, is backed up and restored into the throw-away database {@code
 * <db>_restore} and a key file of its own, and the restored copy verifies its history chain under
 * the restored key — every entry, the head, the month locks' recorded heads — with the same entries
 * as the original. The restored append-only triggers still refuse an UPDATE.
 */
@ExtendWith(ArquillianExtension.class)
class BackupRestoreIT {

  @Deployment
  static WebArchive deployment() {
    // the MariaDB driver, to open the restored database beside the server's own datasource
    return Deployments.ejbModule("backup-restore-it")
        .setManifest(
            new StringAsset(
                "Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron,"
                    + " org.mariadb.jdbc\n"));
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB HistoryLog history;

  @EJB MonthLockService locks;

  @Test
  void aBackupRestoredIntoAnotherDatabaseVerifiesItsHistoryUnderTheRestoredKey() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    Fixtures.Account admin = fx.account(fx.staff("Giedrius", "Atsarginis", Role.DB_ADMIN));
    String record = Fixtures.unique("mark-");
    for (int value = 4; value <= 6; value++) {
      int v = value;
      AsPerson.call(
          admin.login(),
          admin.password(),
          () ->
              fx.inTx(
                  () -> {
                    history.record(Change.inserted("mark", record, Map.of("value", v)));
                    return null;
                  }));
    }
    AsPerson.call(
        admin.login(),
        admin.password(),
        () -> {
          locks.lock(YearMonth.of(2030, 12), null);
          return null;
        });
    ChainVerification original =
        AsPerson.call(admin.login(), admin.password(), () -> history.verify());
    assertTrue(original.intact(), original.toString());

    Path work = Files.createTempDirectory("dienynas-backup-it");
    Path backup = work.resolve("backup.tar.gz");
    Path restoredKey = work.resolve("restored-key.cs");
    String restoredDb = RootSql.database() + "_restore";
    try {
      script(
          Map.of(
              "DIENYNAS_DB_NAME",
              RootSql.database(),
              "DIENYNAS_HISTORY_KEY",
              HistoryKey.storeFile().toString()),
          "backup",
          backup.toString());
      assertTrue(Files.size(backup) > 0);
      script(
          Map.of(
              "DIENYNAS_DB_NAME",
              restoredDb,
              "DIENYNAS_HISTORY_KEY",
              restoredKey.toString(),
              "DIENYNAS_RESTORE_OVERWRITE",
              "1"),
          "restore",
          backup.toString());

      try (Connection restored = restoredDatabase(restoredDb)) {
        ChainVerification verified =
            HistoryChain.verify(restored, HistoryMac.of(HistoryKey.load(restoredKey)));
        assertTrue(verified.intact(), verified.toString());
        assertTrue(verified.checkedEntries() >= original.checkedEntries(), verified.toString());
        assertEquals(
            count(
                restored, "SELECT COUNT(*) FROM history_entry WHERE entity_id = '" + record + "'"),
            3L);
        assertTrue(
            count(restored, "SELECT COUNT(*) FROM month_lock WHERE history_last_id IS NOT NULL")
                > 0,
            "the month locks with their recorded heads");

        // the key matters: the same data under another key does not verify
        byte[] other = new byte[32];
        new SecureRandom().nextBytes(other);
        assertFalse(HistoryChain.verify(restored, HistoryMac.of(other)).intact());

        // the append-only triggers came back with the dump
        try (Statement s = restored.createStatement()) {
          assertThrows(
              SQLException.class,
              () -> s.executeUpdate("UPDATE history_entry SET actor_login = 'kitas' LIMIT 1"));
        }
      }
    } finally {
      RootSql.run("mysql", "DROP DATABASE IF EXISTS `" + restoredDb + "`");
      Files.deleteIfExists(backup);
      Files.deleteIfExists(restoredKey);
      Files.deleteIfExists(work);
    }
  }

  /**
   * Runs {@code ./dienynas.sh} of this checkout (the server under test is its
   * config/target/server).
   */
  private static void script(Map<String, String> env, String... args) throws Exception {
    File root = new File(System.getProperty("jboss.home.dir"), "../../..").getCanonicalFile();
    File script = new File(root, "dienynas.sh");
    assertTrue(script.canExecute(), "the checkout's script: " + script);
    String[] command = new String[args.length + 1];
    command[0] = script.getPath();
    System.arraycopy(args, 0, command, 1, args.length);
    ProcessBuilder builder = new ProcessBuilder(command).directory(root).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "dienynas.sh " + args[0] + " in time");
    assertEquals(0, process.exitValue(), "dienynas.sh " + args[0] + ": " + output);
  }

  private static Connection restoredDatabase(String name) throws SQLException {
    Properties login = new Properties();
    login.setProperty("user", System.getProperty("dienynas.db.user", "dienynas"));
    login.setProperty("password", System.getProperty("dienynas.db.password", "dienynas"));
    return new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://127.0.0.1:3306/" + name, login);
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
