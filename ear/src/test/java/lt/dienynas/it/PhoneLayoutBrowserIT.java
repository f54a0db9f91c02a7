package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lt.dienynas.it.TestPeople.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The teacher's lesson entry, the inbox and the class teacher's announcements on a phone
 * (Chromium's mobile emulation, 390 × 844 CSS px): nothing of the page runs off the screen's right
 * edge (wide tables scroll in their own region), the lesson being entered is in view in the grid,
 * the forms' fields fit, the main menu folds behind its button, and the work itself is done there —
 * a lesson saved, an announcement published, and read as a message in the guardian's inbox.
 * Axe-core reports no serious violation on these pages at that width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneLayoutBrowserIT {
  private static final int WIDTH = 390;
  private static final LocalDate MONTH_START = LocalDate.of(2030, 10, 1);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aTeacherEntersALessonOnAPhone() {
    TestSchool school = TestSchool.create(6, 4);
    // a month of lessons: the grid is far wider than the phone, the lesson entered the last
    long entered = 0;
    for (int day = 1; day <= 28; day += 3) {
      entered = school.lesson(MONTH_START.plusDays(day), 2);
    }
    long first = school.students.get(0);
    try (Browser browser = phone()) {
      browser.logInAndOpen(
          "journal/grid.xhtml?group="
              + school.groupId
              + "&subject="
              + school.subjectId
              + "&month=2030-10&lesson="
              + entered,
          school.teacher.login(),
          school.teacher.password());
      browser
          .await()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("journal-form:save")));
      assertFitsTheScreen(browser, "the grid page");
      WebElement cell = browser.driver().findElements(By.cssSelector(".dn-cell-input")).get(0);
      assertInView(
          browser, cell, "the first cell of the lesson entered, without scrolling by hand");
      assertInView(
          browser,
          browser.find(By.cssSelector("th.dn-grid-student")),
          "the students' names stay beside it");
      assertAxe(browser, "journal/grid");
      screenshot(browser, "phone-journal-grid");

      cell.sendKeys(Keys.chord(Keys.CONTROL, "a"), "9");
      WebElement topic = browser.find(By.id("journal-form:topic"));
      assertInView(browser, topic, "the topic field");
      topic.sendKeys("Trupmenų sudėtis");
      WebElement save = browser.find(By.id("journal-form:save"));
      assertInView(browser, save, "the save button");
      save.sendKeys(Keys.ENTER);
      browser.awaitLessonSaved();
      assertEquals(
          "9",
          TestSchool.query(
              "SELECT mark_value FROM mark WHERE lesson_id = ? AND student_id = ?",
              entered,
              first));
      assertEquals(
          "Trupmenų sudėtis", TestSchool.query("SELECT topic FROM lesson WHERE id = ?", entered));
      assertFitsTheScreen(browser, "the grid after the save");
    }
  }

  @Test
  void aClassTeacherAnnouncesAMeetingAndTheGuardianReadsItOnAPhone() {
    TestSchool school = TestSchool.create(7, 2);
    Account parent = TestSchool.guardianOf("Eglė", "Telefonaitė", school.students.get(0));
    String topics =
        "Pusmečio rezultatai, ekskursija į Trakus ir vasaros stovyklos registracija — "
            + "prašome atvykti visų mokinių tėvus arba globėjus";
    try (Browser browser = phone()) {
      browser.logInAndOpen(
          "announcements/announcements.xhtml",
          school.classTeacher.login(),
          school.classTeacher.password());
      assertFitsTheScreen(browser, "the announcements page");
      for (String field : List.of("class", "kind", "date_input", "time", "place", "topics")) {
        assertInView(browser, browser.find(By.id(field)), "the field " + field);
      }
      assertAxe(browser, "announcements");
      new Select(browser.find(By.id("class"))).selectByVisibleText("7a");
      browser.find(By.id("date_input")).sendKeys("2030-11-20");
      browser.find(By.id("time")).sendKeys("18:00");
      browser.find(By.id("place")).sendKeys("Aktų salė");
      browser.find(By.id("topics")).sendKeys(topics);
      WebElement announce = browser.find(By.id("announce"));
      assertInView(browser, announce, "the publish button");
      announce.click();
      browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("my-announcements")));
      assertTrue(
          browser.find(By.id("my-announcements")).getText().contains("Aktų salė"),
          browser.find(By.id("my-announcements")).getText());
      assertFitsTheScreen(browser, "the announcements with the new one listed");
      screenshot(browser, "phone-announcements");

      // the announcement reaches the guardian's inbox as a system notice, right after its commit
      browser.logInAndOpen("messaging/inbox.xhtml", parent.login(), parent.password());
      for (int i = 0;
          i < 40 && browser.driver().findElements(By.cssSelector("#message-list a")).isEmpty();
          i++) {
        sleep();
        browser.open("messaging/inbox.xhtml");
      }
      assertFitsTheScreen(browser, "the inbox");
      // the menu folds behind its button: the first screen shows the inbox, not the menu
      WebElement toggle = browser.find(By.id("nav-toggle"));
      assertEquals("false", toggle.getAttribute("aria-expanded"));
      assertFalse(browser.driver().findElement(By.id("main-menu")).isDisplayed(), "menu folded");
      assertTrue(
          browser.find(By.cssSelector("#message-list")).getRect().getY() < 844,
          "the messages start on the first screen");
      toggle.click();
      assertEquals("true", toggle.getAttribute("aria-expanded"));
      assertTrue(browser.driver().findElement(By.id("main-menu")).isDisplayed(), "menu open");
      assertFitsTheScreen(browser, "the inbox with the menu open");
      toggle.click();
      assertFalse(browser.driver().findElement(By.id("main-menu")).isDisplayed(), "menu folded");
      WebElement subject =
          browser.find(By.cssSelector("#message-list a[href*='messaging/message.xhtml']"));
      assertInView(browser, subject, "the announcement's subject in the inbox");
      assertAxe(browser, "messaging/inbox");
      screenshot(browser, "phone-inbox");
      subject.click();
      WebElement body = browser.find(By.cssSelector(".dn-message-body"));
      assertTrue(body.getText().contains("Aktų salė"), body.getText());
      assertFitsTheScreen(browser, "the message");
      assertAxe(browser, "messaging/message");
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Chromium as a phone: 390 CSS px wide, touch, a device pixel ratio of 3. */
  private Browser phone() {
    Browser browser = new Browser(contextRoot);
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", WIDTH, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    return browser;
  }

  /**
   * The page does not scroll sideways and no visible element ends beyond the screen's right edge,
   * except inside a region that scrolls on its own (the grid, wide tables).
   */
  @SuppressWarnings("unchecked")
  private static void assertFitsTheScreen(Browser browser, String what) {
    Map<String, Object> layout =
        (Map<String, Object>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "const w = document.documentElement.clientWidth;"
                        + "const out = [...document.querySelectorAll('body *')].filter(e => {"
                        + "  if (e.closest('.dn-scroll, .dn-grid-wrap')) return false;"
                        + "  const r = e.getBoundingClientRect();"
                        + "  if (r.width === 0 || r.height === 0) return false;"
                        + "  const s = getComputedStyle(e);"
                        + "  if (s.visibility === 'hidden' || s.position === 'absolute'"
                        + "      && s.clip && s.clip !== 'auto') return false;"
                        + "  return r.right > w + 1; })"
                        + ".slice(0, 8).map(e => e.tagName + (e.id ? '#' + e.id : '')"
                        + "  + (e.className && e.className.baseVal === undefined"
                        + "      ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')"
                        + "  + ' right=' + Math.round(e.getBoundingClientRect().right));"
                        + "return {width: w, scroll: document.documentElement.scrollWidth,"
                        + "  out: out.join(', ')};");
    assertEquals(Long.valueOf(WIDTH), layout.get("width"), what + ": the phone's width");
    assertEquals("", layout.get("out"), what + ": elements beyond the right edge");
    assertTrue(
        ((Number) layout.get("scroll")).intValue() <= WIDTH,
        what + ": the page scrolls sideways (" + layout.get("scroll") + " px)");
  }

  /** The element is shown within the screen's width (the page may scroll down to it). */
  private static void assertInView(Browser browser, WebElement element, String what) {
    Map<?, ?> rect =
        (Map<?, ?>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "const r = arguments[0].getBoundingClientRect();"
                        + "return {left: r.left, right: r.right, width: r.width};",
                    element);
    double left = ((Number) rect.get("left")).doubleValue();
    double right = ((Number) rect.get("right")).doubleValue();
    assertTrue(
        ((Number) rect.get("width")).doubleValue() > 0 && left >= -1 && right <= WIDTH + 1,
        what + " lies at " + Math.round(left) + "–" + Math.round(right) + " px");
  }

  private static void assertAxe(Browser browser, String page) {
    List<String> violations = Axe.seriousViolations(browser.driver());
    assertTrue(violations.isEmpty(), WIDTH + " px, " + page + ": " + String.join("\n", violations));
  }

  /** The page as a phone shows it, for the README ({@code target/screenshots}). */
  private static void screenshot(Browser browser, String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(
          dir.resolve(name + ".png"),
          ((ChromeDriver) browser.driver()).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
