package lt.dienynas.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load: {@code bench.users} concurrent users for {@code bench.seconds} — 30 % teachers (open a
 * month of the journal grid with one lesson open, save that lesson's topic, marks and attendance
 * for the whole class through the API, reopen the grid), 40 % guardians (their child's week in the
 * diary) and 30 % students (their diary and their marks of the semester) — each logging in once and
 * working with think times. Beside them, in the same run: one user fetching a static resource of
 * the same WildFly (the portal's style sheet through the Faces resource handler, as every page
 * links it), and {@link JdbcBaseline} doing the grid's query and the save's writes with plain JDBC,
 * so that every result is also a ratio to a baseline measured under the same load.
 */
public class JournalSimulation extends Simulation {

  private static final String PASSWORD = "Bench-2026";
  private static final int USERS = Integer.getInteger("bench.users", 50);
  private static final Duration DURATION = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
  private static final Duration RAMP = Duration.ofSeconds(Math.max(5, USERS / 10));
  private static final Path DIR = Path.of(System.getProperty("bench.dir", "target/bench"));
  private static final String BASE = System.getProperty("bench.base.url", "http://127.0.0.1:9080");
  private static final String SEMESTER = "from=2026-09-01&to=2026-11-27";

  /** A lesson of the benchmark month: its teacher, group, subject and students. */
  record Lesson(
      long id, String login, long group, long subject, String month, List<String> students) {}

  private static final Map<String, List<Lesson>> LESSONS_BY_TEACHER = lessons();
  private static final List<String> TEACHERS = new ArrayList<>(LESSONS_BY_TEACHER.keySet());
  private static final AtomicInteger NEXT_TEACHER = new AtomicInteger();
  private static final Map<String, AtomicInteger> NEXT_LESSON = new LinkedHashMap<>();

  static {
    TEACHERS.forEach(t -> NEXT_LESSON.put(t, new AtomicInteger()));
  }

  private final JdbcBaseline baseline = new JdbcBaseline(DIR, USERS);

  private static Map<String, List<Lesson>> lessons() {
    Map<String, List<Lesson>> byTeacher = new LinkedHashMap<>();
    try {
      List<String> lines = Files.readAllLines(DIR.resolve("data/lessons.csv"));
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",");
        Lesson l =
            new Lesson(
                Long.parseLong(f[0]),
                f[1],
                Long.parseLong(f[2]),
                Long.parseLong(f[3]),
                f[4],
                List.of(f[5].split(" ")));
        byTeacher.computeIfAbsent(l.login(), k -> new ArrayList<>()).add(l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byTeacher;
  }

  /** The teacher's next lesson: concurrent users of one teacher never write the same lesson. */
  private static Session nextLesson(Session session) {
    String login = session.getString("login");
    List<Lesson> own = LESSONS_BY_TEACHER.get(login);
    Lesson l = own.get(NEXT_LESSON.get(login).getAndIncrement() % own.size());
    return session
        .set("lessonId", l.id())
        .set("groupId", l.group())
        .set("subjectId", l.subject())
        .set("month", l.month())
        .set("entries", entries(l));
  }

  /** Topic, and for each student a mark (≈ 1 in 3), an absence (≈ 8 %) or nothing. */
  private static String entries(Lesson l) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder json = new StringBuilder("{\"record\":{\"topic\":\"Tema ");
    json.append(random.nextInt(1000)).append("\"},\"cells\":{");
    for (int i = 0; i < l.students().size(); i++) {
      double r = random.nextDouble();
      String cell = r < 0.08 ? "n" : r < 0.42 ? String.valueOf(4 + random.nextInt(7)) : "";
      json.append(i == 0 ? "" : ",")
          .append('"')
          .append(l.students().get(i))
          .append("\":\"")
          .append(cell)
          .append('"');
    }
    return json.append("}}").toString();
  }

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE)
          .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
          .acceptLanguageHeader("lt")
          .disableCaching()
          .shareConnections();

  /** The start page asks for a login; the FORM login then returns to it. */
  private static final ChainBuilder LOGIN =
      exec(http("login page").get("/dienynas/").check(status().is(200)))
          .exec(
              http("login")
                  .post("/dienynas/j_security_check")
                  .formParam("j_username", "#{login}")
                  .formParam("j_password", PASSWORD)
                  .check(status().is(200), css("#login-form").notExists()));

  private final ScenarioBuilder teachers =
      scenario("teacher")
          .exec(
              session ->
                  session.set(
                      "login", TEACHERS.get(NEXT_TEACHER.getAndIncrement() % TEACHERS.size())))
          .exec(LOGIN)
          .during(DURATION)
          .on(
              exec(JournalSimulation::nextLesson)
                  .exec(
                      http("journal grid")
                          .get(
                              "/dienynas/journal/grid.xhtml?group=#{groupId}&subject=#{subjectId}"
                                  + "&month=#{month}&lesson=#{lessonId}")
                          .check(status().is(200), css("#login-form").notExists()))
                  .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                  .exec(
                      http("lesson save")
                          .put("/dienynas/api/v1/lessons/#{lessonId}/entries")
                          .header("Content-Type", "application/json")
                          .body(StringBody("#{entries}"))
                          .check(status().is(204)))
                  .pause(Duration.ofSeconds(2), Duration.ofSeconds(5)));

  private final ScenarioBuilder guardians =
      scenario("guardian")
          .feed(csv(DIR.resolve("data/guardians.csv").toString()).circular())
          .exec(LOGIN)
          .during(DURATION)
          .on(
              exec(http("child's week")
                      .get("/dienynas/diary/child.xhtml?student=#{studentId}&date=2026-11-25")
                      .check(status().is(200), css("#login-form").notExists()))
                  .pause(Duration.ofSeconds(3), Duration.ofSeconds(8)));

  private final ScenarioBuilder students =
      scenario("student")
          .feed(csv(DIR.resolve("data/students.csv").toString()).circular())
          .exec(LOGIN)
          .during(DURATION)
          .on(
              exec(http("student diary")
                      .get("/dienynas/diary/mine.xhtml?date=2026-11-25")
                      .check(status().is(200), css("#login-form").notExists()))
                  .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                  .exec(
                      http("student marks")
                          .get("/dienynas/api/v1/students/#{studentId}/marks?" + SEMESTER)
                          .check(status().is(200), substring("[")))
                  .pause(Duration.ofSeconds(3), Duration.ofSeconds(8)));

  private final ScenarioBuilder staticResource =
      scenario("baseline")
          .during(DURATION.plus(RAMP))
          .on(
              exec(http("static resource")
                      .get("/dienynas/jakarta.faces.resource/css/dienynas.css.xhtml")
                      .check(status().is(200)))
                  .pause(Duration.ofMillis(300)));

  {
    int teacherUsers = Math.round(USERS * 0.3f);
    int guardianUsers = Math.round(USERS * 0.4f);
    int studentUsers = USERS - teacherUsers - guardianUsers;
    setUp(
            teachers.injectOpen(rampUsers(teacherUsers).during(RAMP)),
            guardians.injectOpen(rampUsers(guardianUsers).during(RAMP)),
            students.injectOpen(rampUsers(studentUsers).during(RAMP)),
            staticResource.injectOpen(rampUsers(1).during(Duration.ofSeconds(1))))
        .protocols(protocol)
        .maxDuration(DURATION.plus(RAMP).plusSeconds(60));
  }

  @Override
  public void before() {
    awaitGate();
    baseline.start();
  }

  /**
   * With {@code bench.gate} set, says it is ready ({@code <gate>.waiting}) and waits for the gate
   * file: the benchmark script starts the server's flight recording and reads its CPU time only
   * once this JVM is up, so that the tier's figures hold the tier alone.
   */
  private static void awaitGate() {
    String gate = System.getProperty("bench.gate");
    if (gate == null || gate.isBlank()) {
      return;
    }
    Path file = Path.of(gate);
    try {
      Files.writeString(Path.of(gate + ".waiting"), "");
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (!Files.exists(file) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void after() {
    baseline.stop();
  }
}
