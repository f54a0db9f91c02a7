package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser: the DB admin adds a guardian to a student on the student's data page, gives
 * them a first-login slip; the guardian logs in, must change the temporary password, and reads the
 * child's diary.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuardianBrowserIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 8);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theAdminAddsAGuardianAndTheGuardianReadsTheChildsDiary() {
    TestSchool school = TestSchool.create(6, 2);
    long child = school.students.get(0);
    long lesson = school.lesson(DAY, 3);
    TestPeople.run("UPDATE lesson SET topic = ? WHERE id = ?", "Trupmenų sudėtis", lesson);
    TestPeople.run(
        "INSERT INTO mark (lesson_id, student_id, scale, mark_value, kind, recorded_by,"
            + " recorded_at) VALUES (?, ?, 'TEN_POINT', '9', 'CLASSWORK', ?, CURRENT_TIMESTAMP(3))",
        lesson,
        child,
        school.teacher.personId());
    Account admin = TestPeople.staff("Giedrius", "Administratorius", Role.DB_ADMIN);
    String lastName = "Globėjienė" + (System.nanoTime() % 100000);

    try (Browser browser = new Browser(contextRoot)) {
      browser.logInAndOpen(
          "people/guardians.xhtml?student=" + child, admin.login(), admin.password());
      assertEquals(school.studentNames.get(0), browser.find(By.id("student-name")).getText());
      browser.find(By.id("new-first-name")).sendKeys("Rasa");
      browser.find(By.id("new-last-name")).sendKeys(lastName);
      browser.find(By.id("new-email")).sendKeys("rasa@pastas.example");
      browser.find(By.id("create-guardian")).click();
      browser
          .await()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("guardians-table"), "Rasa " + lastName));
      assertEquals(
          "1",
          TestSchool.query(
              "SELECT COUNT(*) FROM guardianship gs JOIN person p ON p.id = gs.guardian_id"
                  + " WHERE gs.student_id = ? AND p.last_name = ?",
              child,
              lastName));

      browser.find(By.linkText("Prisijungimo lapelis")).click();
      browser.find(By.id("slip-issue-button")).click();
      String login = browser.find(By.id("slip-login")).getText().strip();
      String password = browser.find(By.id("slip-password")).getText().strip();
      // the print button, bound in js/dates.js (no inline onclick under the script-src policy)
      JavascriptExecutor script = (JavascriptExecutor) browser.driver();
      script.executeScript("window.print = function () { window.dnPrinted = true; };");
      browser.find(By.id("slip-print")).click();
      assertEquals(true, script.executeScript("return window.dnPrinted === true;"));

      // the guardian's first login: the temporary password must be changed first
      browser.driver().manage().deleteAllCookies();
      browser.open("index.xhtml");
      browser.find(By.id("j_username")).sendKeys(login);
      browser.find(By.id("j_password")).sendKeys(password);
      browser.find(By.id("login-submit")).click();
      browser.find(By.id("password-form"));
      browser.find(By.cssSelector("input#current, #current input")).sendKeys(password);
      browser.find(By.cssSelector("input#chosen, #chosen input")).sendKeys("Tevu-Slapt-2030");
      browser.find(By.cssSelector("input#repeated, #repeated input")).sendKeys("Tevu-Slapt-2030");
      browser.find(By.id("password-submit")).click();
      browser.find(By.id("current-user-name"));

      browser.open("diary/child.xhtml?student=" + child + "&date=" + DAY);
      String week = browser.find(By.id("diary-week")).getText();
      assertTrue(week.contains("Trupmenų sudėtis"), week);
      assertTrue(
          browser
              .find(By.cssSelector("#diary-week tr[data-lesson='" + lesson + "'] .dn-mark"))
              .getText()
              .contains("9"),
          week);
      // the marks of one subject: an ajax update of the marks (p:ajax), the page stays
      script.executeScript(
          "window.dnSamePage = true; window.dnAjax = 'none';"
              + " $(document).on('pfAjaxComplete', function (e, xhr) { window.dnAjax = xhr.status; });");
      new Select(browser.find(By.id("subject-form:subject")))
          .selectByValue(String.valueOf(school.subjectId));
      browser
          .await()
          .until(d -> "200".equals(String.valueOf(script.executeScript("return window.dnAjax;"))));
      assertEquals(true, script.executeScript("return window.dnSamePage === true;"));
      assertTrue(
          browser.find(By.id("diary-marks-table")).getText().contains("9"),
          browser.find(By.id("diary-marks-table")).getText());
      assertEquals(List.of(), browser.cspViolations());
      // the other student of the class is not theirs
      browser.open("diary/child.xhtml?student=" + school.students.get(1) + "&date=" + DAY);
      browser.find(By.id("error-403"));
    }
  }
}
