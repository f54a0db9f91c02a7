package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 19, only with {@code -Pcluster} ({@code ./dienynas.sh cluster}): two WildFly nodes of the
 * cluster server (config/target/cluster-server: sessions in Infinispan over JGroups/TCP) behind
 * WildFly's Undertow reverse proxy, started by scripts/cluster.sh on this build's database and EAR.
 * A teacher logs in through the balancer in Chromium and saves a lesson in the journal grid; the
 * node that served her (her session id's route) is killed (kill -9 of its JVM) while the grid of
 * another lesson is open in her browser; her next save from that same page — a Faces postback of
 * the view the dead node rendered — goes through the balancer to the other node and succeeds: the
 * view state and her login came over in the replicated session, and the first save is still there.
 */
class ClusterFailoverIT {
  private static final Logger LOG = Logger.getLogger(ClusterFailoverIT.class.getName());
  private static final LocalDate DAY = LocalDate.of(2030, 10, 8);
  private static final int BALANCER = Integer.getInteger("cluster.port.offset", 500);
  private static final Path DIR = Path.of("target/cluster").toAbsolutePath();
  private static final Path SCRIPT = Path.of("../scripts/cluster.sh").toAbsolutePath();

  @BeforeAll
  static void startTheCluster() throws Exception {
    long started = System.nanoTime();
    script("start", DIR.toString(), System.getProperty("dienynas.db.url"), "" + BALANCER);
    LOG.info(
        () ->
            "The cluster started in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds()
                + " s");
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    script("stop", DIR.toString());
  }

  @Test
  void theNextSaveAfterHerNodeIsKilledSucceedsOnTheOtherNodeWithNothingLost() throws Exception {
    assertTrue(
        log("node2").contains("(2) [node1") && log("node2").contains("node2(v="),
        "the two nodes formed one cluster (JGroups view of node1 and node2)");
    TestSchool school = TestSchool.create(6, 3);
    long first = school.lesson(DAY, 1);
    long second = school.lesson(DAY, 2);
    URL balancer = new URL("http://127.0.0.1:" + (8080 + BALANCER) + "/dienynas/");

    try (Browser browser = new Browser(balancer)) {
      browser.logInAndOpen("index.xhtml", school.teacher.login(), school.teacher.password());
      open(browser, school, first);
      fill(browser, "Skaičių palyginimas", "9", "8", "n");
      save(browser);
      String served = route(browser);
      assertTrue(List.of("node1", "node2").contains(served), served);
      assertEquals(
          "Skaičių palyginimas", TestSchool.query("SELECT topic FROM lesson WHERE id = ?", first));

      // the next lesson's grid open in her browser, her node dies under it
      open(browser, school, second);
      kill9(served);

      fill(browser, "Trupmenos", "7", "10", "6");
      save(browser);
      String other = served.equals("node1") ? "node2" : "node1";
      assertEquals(other, route(browser), "the session went on on the other node");

      assertEquals(
          "Skaičių palyginimas", TestSchool.query("SELECT topic FROM lesson WHERE id = ?", first));
      assertEquals("2", TestSchool.query("SELECT COUNT(*) FROM mark WHERE lesson_id = ?", first));
      assertEquals(
          "1",
          TestSchool.query(
              "SELECT COUNT(*) FROM attendance WHERE lesson_id = ? AND status = 'ABSENT'", first));
      assertEquals("Trupmenos", TestSchool.query("SELECT topic FROM lesson WHERE id = ?", second));
      assertEquals("3", TestSchool.query("SELECT COUNT(*) FROM mark WHERE lesson_id = ?", second));

      // still logged in: the landing page, not the login form
      browser.open("index.xhtml");
      assertEquals(
          school.teacher.fullName(), browser.find(By.id("current-user-name")).getText().strip());
      assertTrue(browser.driver().findElements(By.id("j_username")).isEmpty(), "no login form");
    }
  }

  private static void open(Browser browser, TestSchool school, long lesson) {
    browser.openGrid(school.groupId, school.subjectId, "2030-10", lesson);
  }

  /** The open lesson's topic and a cell per student, with the keyboard. */
  private static void fill(Browser browser, String topic, String... cells) {
    WebElement field = browser.find(By.id("journal-form:topic"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), topic);
    List<WebElement> inputs = browser.driver().findElements(By.cssSelector(".dn-cell-input"));
    assertEquals(cells.length, inputs.size(), "one input per student in the open lesson");
    for (int i = 0; i < cells.length; i++) {
      inputs.get(i).sendKeys(Keys.chord(Keys.CONTROL, "a"), cells[i]);
    }
  }

  /** Enter on the save button, then its confirmation. */
  private static void save(Browser browser) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.querySelectorAll('.dn-save-result').forEach(e => e.remove());");
    browser.find(By.id("journal-form:save")).sendKeys(Keys.ENTER);
    browser.awaitLessonSaved();
  }

  /** The node her session is on: the route Undertow appends to the session id. */
  private static String route(Browser browser) {
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    String id = session.getValue();
    return id.substring(id.lastIndexOf('.') + 1);
  }

  /** kill -9 of the node's JVM, and waits for its end. */
  private static void kill9(String node) throws Exception {
    long pid = Long.parseLong(Files.readString(DIR.resolve(node + ".pid")).trim());
    ProcessHandle jvm =
        ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(node + " is not running"));
    jvm.destroyForcibly();
    jvm.onExit().get(30, TimeUnit.SECONDS);
    Files.delete(DIR.resolve(node + ".pid"));
    LOG.info(() -> "Killed " + node + " (process " + pid + ")");
  }

  private static String log(String node) throws Exception {
    return Files.readString(DIR.resolve(node + "/standalone/log/server.log"));
  }

  private static void script(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(SCRIPT.toString());
    command.addAll(List.of(args));
    Files.createDirectories(DIR);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(DIR.resolve("cluster-script.log").toFile()))
            .start();
    if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError(
          "scripts/cluster.sh " + String.join(" ", args) + " failed; see " + DIR + "/*.log");
    }
  }
}
