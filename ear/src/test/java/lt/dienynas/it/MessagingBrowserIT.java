package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * In a real browser: a class teacher writes to the guardians of their class, a guardian sees the
 * unread count, reads the message, and the teacher sees the read receipt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessagingBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aTeacherWritesToTheClassGuardiansAGuardianReadsItAndTheTeacherSeesTheReceipt() {
    Account teacher = TestPeople.staff("Jūratė", "Žemaitienė", Role.CLASS_TEACHER, Role.TEACHER);
    SchoolClassGroup fifth = TestPeople.gradeClass(5, "a", teacher.personId());
    long child = TestPeople.student("Ąžuolas", "Kazlauskas", fifth.groupId());
    Account parent = TestPeople.guardian("Rasa", "Kazlauskienė");
    TestPeople.guardianOf(parent, child);
    Account otherParent = TestPeople.guardian("Ona", "Kitoklasė");
    String subject = "Tėvų susirinkimas " + System.nanoTime();

    try (Browser browser = new Browser(contextRoot)) {
      browser.logInAndOpen("messaging/compose.xhtml", teacher.login(), teacher.password());
      WebElement guardiansOfFifth =
          browser.find(
              By.xpath(
                  "//label[normalize-space()='"
                      + fifth.name()
                      + " klasės mokinių tėvai (globėjai)']"));
      guardiansOfFifth.click();
      // the same guardian found by name as well: a person chosen twice gets the message once
      browser.find(By.id("person-query")).sendKeys("Kazlauskien");
      browser.find(By.id("person-search")).click();
      browser
          .find(By.xpath("//ul[@id='found-people']//a[normalize-space()='Rasa Kazlauskienė']"))
          .click();
      browser.find(By.xpath("//ul[@id='selected-people']/li[contains(., 'Rasa Kazlauskienė')]"));
      browser.find(By.id("subject")).sendKeys(subject);
      browser
          .find(By.id("body"))
          .sendKeys("Kviečiame į susirinkimą ketvirtadienį 18 val. aktų salėje.");
      browser.find(By.id("send")).click();
      assertEquals(subject, browser.find(By.id("message-subject")).getText());
      assertTrue(
          browser.find(By.cssSelector(".dn-read-count")).getText().contains("perskaitė 0 iš 1"),
          browser.driver().getPageSource());

      // the other family got nothing
      browser.logInAndOpen("index.xhtml", otherParent.login(), otherParent.password());
      assertEquals("0", browser.find(By.id("unread-count")).getText());

      browser.logInAndOpen("index.xhtml", parent.login(), parent.password());
      assertEquals("1", browser.find(By.id("unread-count")).getText());
      browser.find(By.id("unread-messages")).click();
      browser.find(By.linkText(subject)).click();
      assertEquals(subject, browser.find(By.id("message-subject")).getText());
      assertTrue(
          browser.find(By.cssSelector(".dn-message-body")).getText().contains("aktų salėje"));
      assertEquals("0", browser.find(By.id("unread-count")).getText());

      browser.logInAndOpen("messaging/inbox.xhtml?box=sent", teacher.login(), teacher.password());
      browser.find(By.linkText(subject)).click();
      WebElement receipt =
          browser.find(
              By.xpath(
                  "//table[contains(@id,'receipts')]//tr[.//span[@class='dn-receipt-name' and"
                      + " normalize-space()='Rasa Kazlauskienė']]"));
      assertTrue(
          receipt
              .findElement(By.cssSelector(".dn-receipt-read"))
              .getText()
              .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
          receipt.getText());
      assertTrue(
          browser.find(By.cssSelector(".dn-read-count")).getText().contains("perskaitė 1 iš 1"));

      // all of it (the composer's ajax people search among it) under the pages' script-src nonce
      // policy, with nothing refused; an injected inline script is refused and does not run
      assertEquals(List.of(), browser.cspViolations());
      JavascriptExecutor page = (JavascriptExecutor) browser.driver();
      page.executeScript(
          "var s = document.createElement('script'); s.textContent = 'window.dnInjected = true;';"
              + " document.body.appendChild(s);");
      assertEquals(false, page.executeScript("return window.dnInjected === true;"));
      browser.await().until(d -> !browser.cspViolations().isEmpty());
    }
  }
}
