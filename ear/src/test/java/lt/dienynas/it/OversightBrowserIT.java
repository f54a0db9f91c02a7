package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

/**
 * In a real browser: the deputy opens "Priežiūra" from the menu, sees a teacher's two lessons
 * without a topic on the filling dashboard, opens the figure and gets the two lessons; both pages
 * pass axe-core and the Content-Security-Policy refuses nothing. The same figures over the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OversightBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theDeputyOpensTheDashboardAndDrillsIntoATeachersLessonsWithoutATopic() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Vilnius"));
    String yearName = "O" + ProcessHandle.current().pid() + "." + System.nanoTime() % 1_000_000L;
    TestPeople.run(
        "INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
        yearName,
        today.minusDays(60),
        today.plusDays(200));
    long year =
        Long.parseLong(
            TestPeople.column("SELECT id FROM school_year WHERE name = ?", yearName).get(0));
    TestPeople.Account deputy = TestPeople.staff("Rimantas", "Prižiūrėtojas", Role.DEPUTY);
    TestPeople.Account teacher = TestPeople.staff("Vytautas", "Pamokėlis", Role.TEACHER);
    TestPeople.SchoolClassRef sixth = TestPeople.gradeClass(year, 6, "a", null);
    TestPeople.teach(teacher.personId(), sixth.groupId());
    String subject =
        TestPeople.column(
                "SELECT subject_id FROM teaching_assignment WHERE teacher_id = ? AND group_id = ?",
                teacher.personId(),
                sixth.groupId())
            .get(0);
    LocalDate first = today.minusDays(10);
    LocalDate second = today.minusDays(9);
    for (LocalDate day : List.of(first, second)) {
      TestPeople.run(
          "INSERT INTO lesson (group_id, subject_id, teacher_id, lesson_date, lesson_number)"
              + " VALUES (?, ?, ?, ?, 2)",
          sixth.groupId(),
          Long.parseLong(subject),
          teacher.personId(),
          day);
    }
    TestPeople.run(
        "INSERT INTO lesson (group_id, subject_id, teacher_id, lesson_date, lesson_number, topic)"
            + " VALUES (?, ?, ?, ?, 3, 'Trupmenos')",
        sixth.groupId(),
        Long.parseLong(subject),
        teacher.personId(),
        first);
    long student = TestPeople.student("Ieva", "Šeštokė", 2019, sixth.groupId());
    TestPeople.run(
        "INSERT INTO mark (lesson_id, student_id, scale, mark_value, kind, recorded_by, recorded_at)"
            + " SELECT id, ?, 'TEN_POINT', '9', 'CLASSWORK', teacher_id, ? FROM lesson"
            + " WHERE group_id = ? AND lesson_number = 3",
        student,
        first.atTime(12, 0),
        sixth.groupId());

    try (Browser browser = new Browser(contextRoot)) {
      browser.logInAndOpen("index.xhtml", deputy.login(), deputy.password());
      browser.find(By.cssSelector("a[href*='oversight/dashboard.xhtml']")).click();
      browser.waitFor(By.id("oversight-teachers"));
      browser.open("oversight/dashboard.xhtml?year=" + year);
      WebElement row =
          browser.find(
              By.xpath(
                  "//table[@id='oversight-teachers']//tr[th[normalize-space()='Vytautas"
                      + " Pamokėlis']]"));
      List<WebElement> cells = row.findElements(By.tagName("td"));
      // NO_TOPIC, MONTH_NOT_COMPLETED, TEST_MARKS_LATE, TEST_ANNOUNCED_LATE, TESTS_SAME_DAY,
      // PERIOD_GRADES_MISSING, JUSTIFICATION_OVERDUE, ATTENDANCE_NOT_TAKEN (the three lessons were
      // never saved with their cells)
      assertEquals(8, cells.size(), row.getText());
      assertEquals("2", cells.get(0).getText());
      assertEquals("3", cells.get(7).getText());
      assertEquals(
          "2",
          browser
              .find(
                  By.xpath("//table[@id='oversight-units']//tr[th[normalize-space()='6a']]/td[1]"))
              .getText());
      assertEquals(List.of(), Axe.seriousViolations(browser.driver()));

      cells.get(0).findElement(By.tagName("a")).click();
      WebElement table = browser.waitFor(By.id("oversight-gaps-table"));
      assertEquals("Pamokos be temos po 17 val.", browser.find(By.tagName("h1")).getText());
      List<WebElement> gaps = table.findElements(By.cssSelector("tbody tr"));
      assertEquals(2, gaps.size(), table.getText());
      assertTrue(gaps.get(0).getText().startsWith(first.toString()), gaps.get(0).getText());
      assertTrue(gaps.get(0).getText().contains("Vytautas Pamokėlis"), gaps.get(0).getText());
      assertTrue(gaps.get(1).getText().startsWith(second.toString()), gaps.get(1).getText());
      assertEquals(List.of(), Axe.seriousViolations(browser.driver()));

      // the marking practice: the teacher's one mark, charted by Chart.js under the nonce policy
      browser.open("oversight/marking.xhtml?year=" + year);
      WebElement practice =
          browser.find(
              By.xpath(
                  "//table[@id='marking-table']//tr[th[normalize-space()='Vytautas"
                      + " Pamokėlis']]"));
      assertEquals("1", practice.findElements(By.tagName("td")).get(9).getText());
      browser.find(By.cssSelector("#marking-marks-chart canvas"));
      assertEquals(List.of(), Axe.seriousViolations(browser.driver()));
      assertEquals(List.of(), browser.cspViolations());
    }

    Api.Reply dashboard =
        Api.basic(contextRoot, deputy)
            .get("school-years/" + year + "/filling?from=" + today.minusDays(60) + "&to=" + today);
    assertEquals(200, dashboard.status(), dashboard.body());
    assertTrue(dashboard.body().contains("\"name\":\"Vytautas Pamokėlis\""), dashboard.body());
    Api.Reply refused =
        Api.basic(contextRoot, teacher)
            .get("school-years/" + year + "/filling?from=" + today.minusDays(60) + "&to=" + today);
    assertEquals(403, refused.status(), refused.body());
    Api.Reply own =
        Api.basic(contextRoot, teacher)
            .get(
                "school-years/"
                    + year
                    + "/filling/NO_TOPIC?from="
                    + today.minusDays(60)
                    + "&to="
                    + today);
    assertEquals(200, own.status(), own.body());
    assertTrue(own.body().contains("\"day\":\"" + first + "\""), own.body());

    // the check of the first lesson's month over the API: the first with If-None-Match, another
    // "first" is stale, the teacher records none, blank findings are refused
    String month = java.time.YearMonth.from(first).toString();
    String checkPath = "school-years/" + year + "/monthly-checks/" + month;
    Api deputyApi = Api.basic(contextRoot, deputy);
    Api.Reply recorded =
        deputyApi.send("PUT", checkPath, "{\"findings\":\"Temų trūksta.\"}", "If-None-Match", "*");
    assertEquals(200, recorded.status(), recorded.body());
    assertTrue(recorded.body().contains("\"teachersTold\":1"), recorded.body());
    String etag = recorded.header("ETag");
    assertTrue(etag != null && etag.matches("\"\\d+\""), "a version to write against: " + etag);
    assertEquals(
        409,
        deputyApi
            .send("PUT", checkPath, "{\"findings\":\"Dar kartą.\"}", "If-None-Match", "*")
            .status());
    Api.Reply again =
        deputyApi.send("PUT", checkPath, "{\"findings\":\"Dar kartą.\"}", "If-Match", etag);
    assertEquals(200, again.status(), again.body());
    assertEquals(
        403,
        Api.basic(contextRoot, teacher)
            .send("PUT", checkPath, "{\"findings\":\"Gerai.\"}", "If-None-Match", "*")
            .status());
    assertEquals(
        400,
        deputyApi
            .send("PUT", checkPath, "{\"findings\":\"  \"}", "If-Match", again.header("ETag"))
            .status());
    Api.Reply practice =
        deputyApi.get(
            "school-years/"
                + year
                + "/marking-practice?from="
                + today.minusDays(60)
                + "&to="
                + today);
    assertEquals(200, practice.status(), practice.body());
    assertTrue(practice.body().contains("\"total\":1"), practice.body());
  }
}
