package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser (§21.12): the class teacher of a 6th class records a social-civic activity for
 * three of its four students at once; the guardian of one of them logs in and sees the child's
 * hours against the school's norm — and not another child's. Both pages pass axe-core's WCAG 2.1
 * A/AA serious and critical rules, at desktop and phone width, under the strict CSP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SocialCivicBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theClassTeacherRecordsHoursForThreeStudentsAndTheGuardianSeesThem() {
    // a school year around today: the activity is recorded for today, which must be in it
    LocalDate today = LocalDate.now(SchoolClock.ZONE);
    String yearName = "SC" + (System.nanoTime() % 1_000_000_000L);
    TestPeople.run(
        "INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
        yearName,
        today.minusDays(100),
        today.plusDays(200));
    long yearId =
        Long.parseLong(TestSchool.query("SELECT id FROM school_year WHERE name = ?", yearName));
    Account teacher = TestPeople.staff("Jūratė", "Vadovė", Role.CLASS_TEACHER);
    TestPeople.SchoolClassRef sixth = TestPeople.gradeClass(yearId, 6, "a", teacher.personId());
    String[] names = {"Ąžuolas", "Gabija", "Kęstutis", "Šarūnė"};
    List<Long> students = new ArrayList<>();
    for (String name : names) {
      students.add(TestPeople.student(name, "Pilietis" + yearName, sixth.groupId()));
    }
    Account parent = TestSchool.guardianOf("Rasa", "Globėja", students.get(0));
    String activity = "Maisto banko akcija " + yearName;

    try (Browser browser = new Browser(contextRoot)) {
      browser.logInAndOpen(
          "classwork/social-civic.xhtml?class=" + sixth.classId(),
          teacher.login(),
          teacher.password());
      browser.find(By.id("social-civic-activity")).sendKeys(activity);
      browser.find(By.id("social-civic-hours")).sendKeys("2.5");
      browser.find(By.id("social-civic-confirmed")).sendKeys("Maisto bankas, R. Petraitienė");
      for (long student : students.subList(0, 3)) {
        browser
            .find(By.cssSelector("input[name='social-civic-students'][value='" + student + "']"))
            .click();
      }
      List<String> failures = new ArrayList<>(Axe.seriousViolations(browser.driver()));
      browser.find(By.id("social-civic-record")).click();
      browser
          .await()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("social-civic-entries"), activity));
      assertEquals(
          "3",
          TestSchool.query(
              "SELECT COUNT(*) FROM social_civic_entry WHERE activity = ? AND hours = 2.5"
                  + " AND activity_date = ? AND recorded_by = ?",
              activity,
              today,
              teacher.personId()));
      String totals = browser.find(By.id("social-civic-totals")).getText();
      // hours the Lithuanian way, with a decimal comma
      assertTrue(totals.contains("2,5"), totals);
      assertTrue(
          browser.find(By.id("social-civic-class-total")).getText().contains("7,5"),
          browser.find(By.id("social-civic-class-total")).getText());
      assertEquals(List.of(), browser.cspViolations());
      // the page with the class's hours (opened again: the template's message area, shown after
      // a save, is checked where it belongs, not here)
      browser.open("classwork/social-civic.xhtml?class=" + sixth.classId());
      browser.find(By.id("social-civic-totals"));
      failures.addAll(Axe.seriousViolations(browser.driver()));

      // the guardian of the first student: the child's hours against the norm of 10
      browser.logInAndOpen("classwork/hours.xhtml", parent.login(), parent.password());
      String total = browser.find(By.id("student-hours-total")).getText();
      assertTrue(total.contains("2,5") && total.contains("10") && total.contains("7,5"), total);
      String entries = browser.find(By.id("student-hours-entries")).getText();
      assertTrue(entries.contains(activity) && entries.contains("2,5"), entries);
      assertTrue(entries.contains("Maisto bankas, R. Petraitienė"), entries);
      failures.addAll(Axe.seriousViolations(browser.driver()));
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.open("classwork/hours.xhtml");
      browser.find(By.id("student-hours-total"));
      failures.addAll(Axe.seriousViolations(browser.driver()));
      assertEquals(List.of(), browser.cspViolations());
      assertTrue(failures.isEmpty(), String.join("\n", failures));

      // another child's hours are not theirs
      browser.open("classwork/hours.xhtml?student=" + students.get(1));
      browser.find(By.id("error-403"));
    }
  }
}
