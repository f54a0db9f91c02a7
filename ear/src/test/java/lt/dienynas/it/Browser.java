package lt.dienynas.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the portal: Debian's headless Chromium driven by its chromedriver, with a
 * profile of its own that is deleted afterwards.
 */
public final class Browser implements AutoCloseable {
  private final URL contextRoot;
  private final Path profile;
  private final WebDriver driver;

  public Browser(URL contextRoot) {
    this.contextRoot = contextRoot;
    try {
      this.profile = Files.createTempDirectory("dienynas-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--lang=lt",
        "--window-size=1280,1024",
        "--user-data-dir=" + profile);
    // the console, for the Content-Security-Policy's refusals (cspViolations)
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a page of the portal (relative to its context root). */
  public void open(String path) {
    driver.get(contextRoot.toString().replaceAll("/?$", "/") + path);
  }

  /** Opens the page, logs in on the login form the portal answers with, and waits for the page. */
  public void logInAndOpen(String path, String login, String password) {
    driver.manage().deleteAllCookies();
    open(path);
    find(By.id("j_username")).sendKeys(login);
    find(By.id("j_password")).sendKeys(password);
    find(By.id("login-submit")).click();
    waitFor(By.id("current-user-name"));
  }

  private final List<String> console = new ArrayList<>();

  /**
   * What the browser's console said so far (all pages since the browser opened), each as "LEVEL
   * message".
   */
  public List<String> console() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      console.add(entry.getLevel() + " " + entry.getMessage());
    }
    return List.copyOf(console);
  }

  /**
   * The console's reports of something the page's Content-Security-Policy refused (an inline script
   * or handler without the nonce, an eval): none on any page of the portal.
   */
  public List<String> cspViolations() {
    return console().stream()
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
        .toList();
  }

  /** Opens the journal grid of a group's subject in a month with a lesson open for entry. */
  public void openGrid(long group, long subject, String month, long lesson) {
    open(
        "journal/grid.xhtml?group="
            + group
            + "&subject="
            + subject
            + "&month="
            + month
            + "&lesson="
            + lesson);
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("journal-form:save")));
  }

  /** Waits for the grid's save confirmation next to the save button. */
  public void awaitLessonSaved() {
    await()
        .until(
            d ->
                !d.findElements(By.id("journal-form:save-ok")).isEmpty()
                    && d.findElement(By.id("journal-form:save-ok"))
                        .getText()
                        .contains("Pamoka išsaugota."));
  }

  public WebElement find(By by) {
    return waitFor(by);
  }

  /** A wait of up to 20 seconds, for conditions of the test's own. */
  public WebDriverWait await() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  public WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
