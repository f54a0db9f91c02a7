package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pre-school teacher's morning (§22.4) in a real browser, with the keyboard only: a group of
 * 20, the cursor on the first child, a key or none per child (empty present, „n“ absent, the time
 * for late), Enter or Tab to the next, Enter on the save button — then every child's entry is in
 * the database, the page shows them back, and axe-core finds nothing serious on it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreschoolMorningBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aGroupOfTwentyIsFilledWithAFewKeysPerChild() {
    PreschoolSchool school = PreschoolSchool.create(20);
    String page = "preschool/attendance.xhtml?group=" + school.groupId + "&date=" + school.day;
    try (Browser browser = new Browser(contextRoot)) {
      browser.logInAndOpen(page, school.teacher.login(), school.teacher.password());
      browser.waitFor(By.id("preschool-children"));
      List<WebElement> cells = browser.driver().findElements(By.cssSelector(".preschool-mark"));
      assertEquals(20, cells.size());
      browser
          .await()
          .until(
              d ->
                  "mark"
                      .equals(
                          d.switchTo().activeElement().getAttribute("id").replaceAll(".*:", "")));
      assertEquals(
          cells.get(0).getAttribute("id"),
          browser.driver().switchTo().activeElement().getAttribute("id"),
          "the cursor starts on the first child");
      assertEquals(List.of(), Axe.seriousViolations(browser.driver()), "axe-core, the open day");

      int keys = 0;
      List<String> typed = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String mark = i == 2 || i == 11 ? "n" : i == 6 ? "905" : "";
        // the first half moves on with Enter, the rest with Tab
        CharSequence next = i < 10 ? Keys.ENTER : Keys.TAB;
        WebElement active = browser.driver().switchTo().activeElement();
        assertEquals(
            cells.get(i).getAttribute("id"), active.getAttribute("id"), "child " + (i + 1));
        if (mark.isEmpty()) {
          active.sendKeys(next);
        } else {
          active.sendKeys(mark, next);
        }
        keys += mark.length() + 1;
        typed.add(mark);
      }
      assertEquals(
          "preschool-save",
          browser.driver().switchTo().activeElement().getAttribute("id"),
          "from the last child to the save button");
      browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
      keys++;
      assertTrue(keys <= 2 * 20 + 5, "a few keys per child: " + keys);

      browser
          .await()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("preschool-day-state"), "Užpildyta"));
      assertTrue(
          browser.driver().getPageSource().contains("lankomumas išsaugotas (20 vaikai"),
          "the confirmation");
      List<WebElement> after = browser.driver().findElements(By.cssSelector(".preschool-mark"));
      assertEquals("n", after.get(2).getAttribute("value"));
      assertEquals("9:05", after.get(6).getAttribute("value"));
      assertEquals("", after.get(0).getAttribute("value"));

      // the filled day as the teacher opens it again (the message area after a save is the
      // template's own, not this page's)
      browser.open(page);
      browser.waitFor(By.id("preschool-children"));
      assertEquals(
          "9:05",
          browser
              .driver()
              .findElements(By.cssSelector(".preschool-mark"))
              .get(6)
              .getAttribute("value"));
      assertEquals(List.of(), Axe.seriousViolations(browser.driver()), "axe-core, the filled day");
      assertEquals(List.of(), browser.cspViolations());
    }
    List<String> rows =
        TestPeople.column(
            "SELECT CONCAT(student_id, ':', status, ':', COALESCE(TIME_FORMAT(arrived_at, '%H:%i'), ''))"
                + " FROM preschool_attendance WHERE group_id = ? AND day = ? ORDER BY student_id",
            school.groupId, school.day);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long child = school.children.get(i);
      expected.add(child + (i == 2 || i == 11 ? ":ABSENT:" : i == 6 ? ":LATE:09:05" : ":PRESENT:"));
    }
    expected.sort(null);
    List<String> sorted = new ArrayList<>(rows);
    sorted.sort(null);
    assertEquals(expected, sorted);
    assertEquals(
        List.of("FILLED"),
        TestPeople.column(
            "SELECT state FROM preschool_day WHERE group_id = ? AND day = ?",
            school.groupId,
            school.day));
  }
}
