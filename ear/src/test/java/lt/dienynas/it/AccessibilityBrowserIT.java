package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.demo.DemoSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * WCAG 2.1 AA, checked by axe-core in headless Chromium at desktop width and at a phone's 390 px:
 * no serious or critical violation on the login page, the landing pages, the journal grid, the
 * guardian's diary, the inbox, the correction acts, the year-end pages, the pre-school attendance
 * pages and the forms of the timetable, the tests, the justifications and the administrator's year
 * set-up, on the demo school.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {
  private static final Dimension DESKTOP = new Dimension(1280, 1024);
  private static final Dimension PHONE = new Dimension(390, 844);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theMainPagesHaveNoSeriousViolationsOnADesktopAndOnAPhone() throws Exception {
    try (Connection c = TestPeople.connect()) {
      DemoSchool.load(c);
    }
    List<String> failures = new ArrayList<>();
    for (Dimension size : List.of(DESKTOP, PHONE)) {
      try (Browser browser = new Browser(contextRoot)) {
        browser.driver().manage().window().setSize(size);
        browser.open("login.xhtml");
        browser.waitFor(By.id("j_username"));
        check(browser, size, "login.xhtml", failures);

        browser.logInAndOpen("index.xhtml", "mokytojas", DemoSchool.PASSWORD);
        check(browser, size, "mokytojas: index.xhtml", failures);
        browser.open("journal/index.xhtml");
        browser.waitFor(By.id("current-user-name"));
        check(browser, size, "mokytojas: journal/index.xhtml", failures);
        String grid = browser.find(By.cssSelector("a[href*='grid.xhtml']")).getAttribute("href");
        browser.driver().get(grid);
        browser.waitFor(By.id("current-user-name"));
        check(browser, size, "mokytojas: " + grid.replaceAll(".*/dienynas/", ""), failures);
        for (String page : List.of("timetable/mine.xhtml", "assessment/tests.xhtml")) {
          browser.open(page);
          browser.waitFor(By.id("current-user-name"));
          check(browser, size, "mokytojas: " + page, failures);
        }

        // the class teacher's records (§21.6, §21.12, §21.13) on the demo's data
        browser.logInAndOpen("index.xhtml", "klases.vadovas", DemoSchool.PASSWORD);
        for (String page :
            List.of(
                "classwork/log.xhtml",
                "classwork/social-civic.xhtml",
                "classwork/events.xhtml",
                "journal/justifications.xhtml")) {
          browser.open(page);
          browser.waitFor(By.id("current-user-name"));
          check(browser, size, "klases.vadovas: " + page, failures);
        }

        browser.logInAndOpen("index.xhtml", "tevai", DemoSchool.PASSWORD);
        check(browser, size, "tevai: index.xhtml", failures);
        for (String page :
            List.of(
                "diary/child.xhtml",
                "messaging/inbox.xhtml",
                "classwork/hours.xhtml",
                "classwork/events.xhtml")) {
          browser.open(page);
          browser.waitFor(By.id("current-user-name"));
          check(browser, size, "tevai: " + page, failures);
        }

        browser.logInAndOpen("index.xhtml", "ikimokyklinis", DemoSchool.PASSWORD);
        for (String page : List.of("preschool/attendance.xhtml", "preschool/sheets.xhtml")) {
          browser.open(page);
          browser.waitFor(By.id("current-user-name"));
          check(browser, size, "ikimokyklinis: " + page, failures);
        }

        // the administrator's forms: each field labelled, PrimeFaces' menus and date pickers too
        browser.logInAndOpen("index.xhtml", "admin", DemoSchool.PASSWORD);
        for (String page :
            List.of(
                "schoolyear/setup.xhtml",
                "schoolyear/classes.xhtml",
                "schoolyear/staff.xhtml",
                "schoolyear/rollover.xhtml",
                "movement/orders.xhtml",
                "reports/logins.xhtml")) {
          browser.open(page);
          browser.waitFor(By.id("current-user-name"));
          check(browser, size, "admin: " + page, failures);
        }

        browser.logInAndOpen("index.xhtml", "pavaduotojas", DemoSchool.PASSWORD);
        check(browser, size, "pavaduotojas: index.xhtml", failures);
        for (String page :
            List.of(
                "correction/list.xhtml",
                "yearend/index.xhtml",
                "preschool/sheets.xhtml",
                "preschool/late.xhtml",
                "classwork/behind.xhtml")) {
          browser.open(page);
          browser.waitFor(By.id("current-user-name"));
          check(browser, size, "pavaduotojas: " + page, failures);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static void check(Browser browser, Dimension size, String page, List<String> failures) {
    for (String violation : Axe.seriousViolations(browser.driver())) {
      failures.add(size.getWidth() + " px, " + page + ": " + violation);
    }
    screenshot(browser, size, page);
  }

  /**
   * The page as it looks, for the README ({@code target/screenshots}; {@code docs/screenshots}
   * holds the copies the README shows).
   */
  private static void screenshot(Browser browser, Dimension size, String page) {
    String name =
        page.replaceAll("\\?.*", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-xhtml$", "")
            + "-"
            + size.getWidth()
            + ".png";
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
