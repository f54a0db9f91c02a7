package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.it.TestPeople.SchoolClassGroup;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser: a deputy builds and opens a survey for the guardians of grades 5–8, a guardian
 * answers it from the inbox, and the deputy sees the result as a chart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aDeputyRunsASurveyAGuardianAnswersItAndTheResultIsCharted() {
    Account deputy = TestPeople.staff("Daiva", "Pavaduotoja", Role.DEPUTY);
    Account classTeacher = TestPeople.staff("Jūratė", "Vadovė", Role.CLASS_TEACHER);
    SchoolClassGroup sixth = TestPeople.gradeClass(6, "c", classTeacher.personId());
    long child = TestPeople.student("Eglė", "Šeštokė", sixth.groupId());
    Account parent = TestPeople.guardian("Laima", "Šeštokienė");
    TestPeople.guardianOf(parent, child);
    String title = "Ar patogus e. dienynas? " + System.nanoTime();

    try (Browser browser = new Browser(contextRoot)) {
      browser.logInAndOpen("survey/surveys.xhtml", deputy.login(), deputy.password());
      new Select(browser.find(By.id("year"))).selectByValue(String.valueOf(sixth.yearId()));
      browser.find(By.id("survey-title")).sendKeys(title);
      browser.find(By.id("create-survey")).click();

      browser.find(By.id("question-text")).sendKeys("Kaip dažnai jungiatės?");
      browser.find(By.id("question-options")).sendKeys("Kasdien\nKartą per savaitę\nRečiau");
      browser.find(By.id("add-question")).click();
      assertTrue(browser.find(By.id("questions")).getText().contains("Kaip dažnai jungiatės?"));
      new Select(browser.find(By.id("audience-kind"))).selectByValue("GUARDIANS");
      browser.find(By.id("grade-from")).clear();
      browser.find(By.id("grade-from")).sendKeys("5");
      browser.find(By.id("add-audience")).click();
      assertTrue(browser.find(By.id("audiences")).getText().contains("(5–8)"));
      browser.find(By.id("open-survey")).click();
      assertTrue(browser.find(By.id("survey-status")).getText().contains("Vyksta"));

      browser.logInAndOpen("messaging/inbox.xhtml", parent.login(), parent.password());
      browser.find(By.linkText(title)).click();
      browser.find(By.xpath("//label[normalize-space()='Kartą per savaitę']")).click();
      browser.find(By.id("submit-answers")).click();
      assertTrue(
          browser.find(By.id("messages")).getText().contains("Ačiū, jūsų atsakymai įrašyti."));
      assertTrue(browser.driver().findElements(By.linkText(title)).isEmpty());

      browser.logInAndOpen("survey/surveys.xhtml", deputy.login(), deputy.password());
      browser
          .find(
              By.xpath(
                  "//tr[.//a[normalize-space()='"
                      + title
                      + "']]//a[normalize-space()='Rezultatai']"))
          .click();
      assertEquals("Atsakė 1 iš 1 apklaustųjų.", browser.find(By.id("answered-count")).getText());
      browser.find(By.cssSelector(".dn-chart canvas"));
      assertTrue(
          browser
              .find(By.cssSelector(".dn-question-result"))
              .getText()
              .contains("Kartą per savaitę 1"));
    }
  }
}
