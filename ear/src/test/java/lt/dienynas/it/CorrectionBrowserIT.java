package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a browser: a teacher drafts a correction act for a mark in a locked month, the deputy and the
 * DB admin agree, the admin applies it, and the guardian sees the corrected mark and the notice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CorrectionBrowserIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 22);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void anActIsDraftedAgreedAppliedAndTheGuardianSeesTheCorrectedMark() {
    TestSchool school = TestSchool.create(5, 1);
    long student = school.students.get(0);
    long lesson = school.lesson(DAY, 3);
    Account parent = TestSchool.guardianOf("Jolanta", "Mamaitė", student);
    Account deputy = TestPeople.staff("Daiva", "Pavaduotoja", Role.DEPUTY);
    Account admin = TestPeople.staff("Algis", "Administratorius", Role.DB_ADMIN);
    Reply given =
        Api.basic(contextRoot, school.teacher)
            .put("lessons/" + lesson + "/marks/" + student, "{\"notation\":\"5\"}");
    assertTrue(given.status() < 300, given.body());
    TestPeople.run(
        "INSERT INTO month_lock (month, scope, school_class_id, locked, changed_at, changed_by)"
            + " VALUES ('2030-10', ?, ?, TRUE, CURRENT_TIMESTAMP(3), 'test')",
        "C" + school.classId,
        school.classId);

    try (Browser browser = new Browser(contextRoot)) {
      browser.logInAndOpen(
          "correction/draft.xhtml?lesson=" + lesson,
          school.teacher.login(),
          school.teacher.password());
      WebElement correct =
          browser.find(By.cssSelector("tr[data-student='" + student + "'] input.dn-correct-mark"));
      correct.clear();
      correct.sendKeys("8");
      browser.find(By.id("draft-form:error-nature")).sendKeys("Pažymys įrašytas klaidingai");
      browser.find(By.id("draft-form:reason")).sendKeys("Suklysta vedant pažymį");
      browser.find(By.id("draft-form:submit-act")).click();
      browser.waitFor(By.id("act-title"));
      String url = browser.driver().getCurrentUrl();
      String actId = url.replaceAll(".*[?&]id=(\\d+).*", "$1");
      String number = browser.find(By.id("act-title")).getText().replaceAll(".*Nr\\. ", "");
      assertTrue(
          browser.find(By.id("act-status")).getText().contains("Laukia suderinimo"),
          browser.find(By.id("act-status")).getText());

      browser.logInAndOpen("correction/act.xhtml?id=" + actId, deputy.login(), deputy.password());
      browser.find(By.id("act-form:agree-deputy")).click();
      awaitMessage(browser, "Aktas suderintas.");

      browser.logInAndOpen("correction/act.xhtml?id=" + actId, admin.login(), admin.password());
      browser.find(By.id("act-form:agree-admin")).click();
      awaitMessage(browser, "Aktas suderintas.");
      browser.find(By.id("act-form:apply")).click();
      awaitMessage(browser, "Aktas įvykdytas");
      assertTrue(browser.find(By.id("act-status")).getText().contains("Įvykdytas"));
      assertEquals(
          "8",
          TestSchool.query(
              "SELECT mark_value FROM mark WHERE lesson_id = ? AND student_id = ?",
              lesson,
              student));

      // the cell's history shows the change and the act it was made under
      browser.open("history/cell.xhtml?lesson=" + lesson + "&student=" + student);
      String history = browser.find(By.id("cell-history")).getText();
      assertTrue(history.contains("Pakeista"), history);
      assertTrue(history.contains(actId), history);
      // the admin runs the chain verification (other tests tamper with the chain on purpose,
      // so only that it answers is asserted here)
      browser.open("history/verify.xhtml");
      browser.find(By.id("verify-form:verify")).click();
      browser
          .await()
          .until(
              ExpectedConditions.or(
                  ExpectedConditions.presenceOfElementLocated(By.id("verify-form:intact")),
                  ExpectedConditions.presenceOfElementLocated(By.id("verify-form:broken"))));

      browser.logInAndOpen(
          "diary/child.xhtml?student=" + student + "&date=" + DAY,
          parent.login(),
          parent.password());
      String mark =
          browser
              .find(By.cssSelector("#diary-week tr[data-lesson='" + lesson + "'] .dn-mark"))
              .getText();
      assertTrue(mark.contains("8"), mark);

      // the notice is delivered after the act's commit: look until it is in the inbox
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .pollingEvery(Duration.ofSeconds(1))
          .until(
              d -> {
                browser.open("messaging/inbox.xhtml");
                return d.getPageSource().contains(number);
              });
      assertTrue(browser.driver().getPageSource().contains("Pakeisti užrakinti dienyno duomenys"));
    }
  }

  private static void awaitMessage(Browser browser, String text) {
    browser
        .await()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
  }
}
