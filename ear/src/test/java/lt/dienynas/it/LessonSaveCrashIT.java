package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lt.dienynas.testing.RootSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A server killed (kill -9 of the WildFly JVM) in the middle of a lesson save leaves none of the
 * save; the next save after a restart is there whole. Runs its own server — a copy of
 * config/target/server in target/crash-server with the real EAR, on the module's port offset plus
 * 50, on the module's database — so the module's Arquillian server and its tests never notice. No
 * test hook in the product: the test holds the history head row (SELECT … FOR UPDATE, the row every
 * save locks for its history at its very end), so the save stops after writing the lesson and its
 * marks, uncommitted; the test checks that through InnoDB (rows modified by the waiting
 * transaction), kills the server and only then lets go.
 */
class LessonSaveCrashIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 8);
  private static final int OFFSET = Integer.getInteger("it.port.offset", 100) + 50;
  private static final URI CONTEXT =
      URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/dienynas/");
  private static final Path SERVER = Path.of("target/crash-server");

  private static Process script;

  @Test
  void aServerKilledMidSaveLeavesNoneOfItAndTheNextSaveIsWhole() throws Exception {
    prepare();
    start(); // its deployment migrates the schema, when this test runs first
    TestSchool school = TestSchool.create(5, 2);
    long lesson = school.lesson(DAY, 2);
    long first = school.students.get(0);
    long second = school.students.get(1);
    String save =
        "{\"record\":{\"topic\":\"Kirčiavimas\",\"homework\":\"Pratimas 7\"},\"cells\":{\""
            + first
            + "\":\"9\",\""
            + second
            + "\":\"8\"}}";

    CompletableFuture<Api.Reply> midSave;
    try (Connection holder = TestPeople.connect()) {
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        s.executeQuery("SELECT last_hash FROM history_head WHERE id = 1 FOR UPDATE").close();
      }
      Api teacher = Api.basic(CONTEXT.toURL(), school.teacher);
      midSave =
          CompletableFuture.supplyAsync(() -> teacher.put("lessons/" + lesson + "/entries", save));
      long written = waitForTheSaveToWaitOnTheHead();
      assertTrue(written >= 3, "the save wrote its lesson and marks before it waited: " + written);

      kill9();
      holder.rollback();
    }
    assertNotEquals(204, replyOf(midSave), "the killed save never answered success");
    assertNull(TestSchool.query("SELECT topic FROM lesson WHERE id = ?", lesson), "no topic");
    assertNull(TestSchool.query("SELECT homework FROM lesson WHERE id = ?", lesson), "no homework");
    assertEquals("0", TestSchool.query("SELECT COUNT(*) FROM mark WHERE lesson_id = ?", lesson));
    assertEquals("0", historyOf(lesson), "no history of a save that never committed");

    // the same save on the restarted server commits whole
    start();
    Api.Reply whole =
        Api.basic(CONTEXT.toURL(), school.teacher).put("lessons/" + lesson + "/entries", save);
    assertEquals(204, whole.status(), whole.body());
    assertEquals("Kirčiavimas", TestSchool.query("SELECT topic FROM lesson WHERE id = ?", lesson));
    assertEquals("2", TestSchool.query("SELECT COUNT(*) FROM mark WHERE lesson_id = ?", lesson));
    assertNotEquals("0", historyOf(lesson));
  }

  /** The history entries of the lesson and of its marks. */
  private static String historyOf(long lesson) {
    return TestSchool.query(
        "SELECT COUNT(*) FROM history_entry WHERE (entity_type = 'lesson' AND entity_id = ?)"
            + " OR (entity_type = 'mark' AND entity_id LIKE CONCAT(?, '/%'))",
        Long.toString(lesson), Long.toString(lesson));
  }

  /**
   * Waits until a transaction waits for the head row's lock; returns the rows it has modified (as
   * root: InnoDB's transactions of every user).
   */
  private static long waitForTheSaveToWaitOnTheHead() throws Exception {
    for (int i = 0; i < 1200; i++) {
      String rows =
          RootSql.query(
              "information_schema",
              "SELECT trx_rows_modified FROM innodb_trx WHERE trx_state = 'LOCK WAIT'"
                  + " AND trx_query LIKE '%history_head%'");
      if (!rows.isEmpty()) {
        return Long.parseLong(rows.lines().findFirst().orElseThrow().trim());
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the save never reached the history head");
  }

  private static int replyOf(CompletableFuture<Api.Reply> save) throws Exception {
    try {
      return save.get(60, TimeUnit.SECONDS).status();
    } catch (java.util.concurrent.ExecutionException e) {
      return -1; // the connection died with the server
    }
  }

  /** A fresh copy of the provisioned server with this build's EAR. */
  private static void prepare() throws IOException {
    if (Files.exists(SERVER)) {
      try (Stream<Path> old = Files.walk(SERVER)) {
        old.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(f -> f.delete());
      }
    }
    copy(Path.of(System.getProperty("jboss.home")), SERVER);
    Files.copy(
        Path.of("target/dienynas.ear"),
        SERVER.resolve("standalone/deployments/dienynas.ear"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Starts the copy and waits until the portal answers. */
  private static void start() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(SERVER.resolve("bin/standalone.sh").toAbsolutePath().toString());
    command.add("-Djboss.socket.binding.port-offset=" + OFFSET);
    // the history key of the module's own server: both write the one chain of the same database
    command.add(
        "-Ddienynas.history.key-store="
            + Path.of(System.getProperty("jboss.home"))
                .resolve("standalone/configuration/dienynas-history.cs")
                .toAbsolutePath());
    for (String arg : System.getProperty("server.jvm.args", "").trim().split("\\s+")) {
      if (arg.startsWith("-D")) {
        command.add(arg);
      }
    }
    script =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(SERVER.resolve("console.log").toFile())
            .start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    // a loaded machine (several builds at once) boots the server with the EAR in 20 s to 3 min
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> login =
            http.send(
                HttpRequest.newBuilder(CONTEXT.resolve("login.xhtml"))
                    .timeout(Duration.ofSeconds(30))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() < 400) {
          return;
        }
        last = "HTTP " + login.statusCode();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "the crash server did not come up (" + last + "); see " + SERVER + "/standalone/log");
  }

  /** kill -9 of the WildFly JVM (the java process under standalone.sh), and waits for its end. */
  private static void kill9() throws Exception {
    ProcessHandle server = jvm().orElseThrow(() -> new AssertionError("no WildFly JVM"));
    server.destroyForcibly();
    server.onExit().get(30, TimeUnit.SECONDS);
    script.waitFor(30, TimeUnit.SECONDS);
  }

  private static Optional<ProcessHandle> jvm() {
    return script
        .toHandle()
        .descendants()
        .filter(p -> p.info().command().orElse("").endsWith("java"))
        .findFirst();
  }

  /** The restarted server is shut down normally (SIGTERM). */
  @AfterAll
  static void stop() throws Exception {
    if (script != null && script.isAlive()) {
      Optional<ProcessHandle> server = jvm();
      if (server.isPresent()) {
        server.get().destroy();
        server.get().onExit().get(60, TimeUnit.SECONDS);
      }
      script.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Copies the server, without the running state of the module's own server (data, tmp, log). */
  private static void copy(Path from, Path to) throws IOException {
    List<Path> state =
        List.of(
            from.resolve("standalone/data"),
            from.resolve("standalone/tmp"),
            from.resolve("standalone/log"));
    try (Stream<Path> files = Files.walk(from)) {
      files
          .filter(source -> state.stream().noneMatch(source::startsWith))
          .forEach(
              source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                  if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                  } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
