package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.it.TestPeople.Account;
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
 * In a real browser: a teacher fills a lesson's topic, three marks and two absences in the journal
 * grid with the keyboard only, and a guardian of two of those students then sees them in the diary,
 * switching between the children.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JournalBrowserIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 8);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aTeacherFillsALessonWithTheKeyboardAndTheGuardianSeesIt() {
    TestSchool school = TestSchool.create(6, 5);
    long lesson = school.lesson(DAY, 2);
    long first = school.students.get(0);
    long absent = school.students.get(3);
    Account parent = TestSchool.guardianOf("Asta", "Mamaitė", first, absent);
    String base = contextRoot.toString().endsWith("/") ? contextRoot.toString() : contextRoot + "/";

    try (Browser browser = new Browser(contextRoot)) {
      browser.logInAndOpen("index.xhtml", school.teacher.login(), school.teacher.password());
      browser
          .driver()
          .get(
              base
                  + "journal/grid.xhtml?group="
                  + school.groupId
                  + "&subject="
                  + school.subjectId
                  + "&month=2030-10&lesson="
                  + lesson);
      browser
          .await()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("journal-form:topic")));
      List<WebElement> cells = browser.driver().findElements(By.cssSelector(".dn-cell-input"));
      assertEquals(5, cells.size(), "one input per student in the open lesson");

      // the keyboard only: the topic, Enter to the first student, a cell and Enter per student,
      // and Enter on the save button the last Enter leads to
      browser
          .driver()
          .findElement(By.id("journal-form:topic"))
          .sendKeys("Trupmenų dalyba", Keys.ENTER);
      for (String typed : new String[] {"9", "8", "7", "n", "n"}) {
        browser.driver().switchTo().activeElement().sendKeys(typed, Keys.ENTER);
      }
      assertEquals(
          "journal-form:save", browser.driver().switchTo().activeElement().getAttribute("id"));
      browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
      browser
          .await()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("journal-form:save-outcome"), "Pamoka išsaugota."));

      assertEquals(
          "Trupmenų dalyba", TestSchool.query("SELECT topic FROM lesson WHERE id = ?", lesson));
      assertEquals("3", TestSchool.query("SELECT COUNT(*) FROM mark WHERE lesson_id = ?", lesson));
      assertEquals(
          "2",
          TestSchool.query(
              "SELECT COUNT(*) FROM attendance WHERE lesson_id = ? AND status = 'ABSENT'", lesson));

      browser.logInAndOpen("index.xhtml", parent.login(), parent.password());
      browser.driver().get(base + "diary/child.xhtml?student=" + first + "&date=" + DAY);
      browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("diary-week")));
      String firstWeek = browser.driver().findElement(By.id("diary-week")).getText();
      assertTrue(firstWeek.contains("Trupmenų dalyba"), firstWeek);
      assertTrue(
          browser
              .driver()
              .findElement(By.cssSelector("#diary-week tr[data-lesson='" + lesson + "'] .dn-mark"))
              .getText()
              .contains("9"),
          firstWeek);

      // the other child: switch with the child link
      browser.driver().findElement(By.linkText(school.studentNames.get(3) + " (6a)")).click();
      browser
          .await()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("#diary-week h2"), school.studentNames.get(3)));
      browser.driver().get(base + "diary/child.xhtml?student=" + absent + "&date=" + DAY);
      String absence =
          browser
              .driver()
              .findElement(
                  By.cssSelector("#diary-week tr[data-lesson='" + lesson + "'] .dn-attendance"))
              .getText();
      assertEquals("n", absence.strip());
    }
  }
}
