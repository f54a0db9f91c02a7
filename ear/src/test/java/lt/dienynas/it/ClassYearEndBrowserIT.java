package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In a browser: the class teacher opens "My class", goes to the year-end page, confirms a student's
 * annual missed / justified lessons (corrected from the journal's) and the promotion decisions; the
 * summary job's PDF then shows the confirmed counts and the decisions, and the nightly lock job
 * locks the confirmed counts (the page shows them locked).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassYearEndBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @ArquillianResource ManagementClient management;

  @Test
  void theClassTeacherConfirmsAndTheSummaryPdfShowsItThenTheCountsLock() throws Exception {
    TestSchool school = ClassYearEndIT.withPeriods(TestSchool.create(4, 2));
    long first = school.students.get(0);
    long second = school.students.get(1);
    ClassYearEndIT.absent(school, first, LocalDate.of(2030, 11, 5), 1, true);

    try (Browser browser = new Browser(contextRoot)) {
      browser.logInAndOpen(
          "journal/my-class.xhtml?date=2030-10-01",
          school.classTeacher.login(),
          school.classTeacher.password());
      browser.find(By.linkText("Lankomumas ir kėlimas")).click();
      browser.waitFor(By.id("class-year-end-title"));
      browser.find(By.cssSelector("nav a[href*='period=ANNUAL']")).click();
      browser.await().until(ExpectedConditions.urlContains("period=ANNUAL"));

      WebElement row = studentRow(browser, "attendance", first);
      assertEquals("1", row.findElement(By.cssSelector("input.dn-missed")).getAttribute("value"));
      type(row.findElement(By.cssSelector("input.dn-missed")), "17");
      type(row.findElement(By.cssSelector("input.dn-justified")), "11");
      row.findElement(By.cssSelector("button.dn-confirm")).click();
      awaitMessage(browser, "praleistos pamokos patvirtintos");
      assertEquals(
          "Patvirtinta",
          studentRow(browser, "attendance", first)
              .findElement(By.cssSelector(".dn-attendance-state"))
              .getText());

      decide(browser, first, "SUMMER_WORK");
      decide(browser, second, "PROMOTED");
    }
    assertEquals(List.of("17/11/0"), ClassYearEndIT.counts(school, first));

    startJob("yearend-summary", Map.of("yearId", Long.toString(school.yearId)));
    String text = pdfText(awaitSummary(school.classId));
    assertTrue(text.contains("Skirti vasaros darbai"), text);
    assertTrue(text.contains("Keliamas(-a)"), text);
    assertTrue(
        Pattern.compile("17\\s+11\\s+6").matcher(text).find(),
        "the confirmed annual counts (missed, justified, unjustified): " + text);

    // the nightly job of the next day locks the counts confirmed today
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Vilnius")).plusDays(1);
    long lock = startJob("month-lock", Map.of("today", tomorrow.toString()));
    awaitJob(lock);
    assertEquals(List.of("17/11/1"), ClassYearEndIT.counts(school, first));
    // a later change of the locked counts is refused (only a correction act changes them), even
    // against the current version, and changes nothing
    String version =
        TestPeople.column(
                "SELECT version FROM period_attendance WHERE student_id = ? AND school_year_id = ?"
                    + " AND period_kind = 'ANNUAL'",
                first,
                school.yearId)
            .get(0);
    Api.Reply later =
        Api.basic(contextRoot, school.classTeacher)
            .put(
                "students/" + first + "/period-attendance?year=" + school.yearId + "&period=ANNUAL",
                "{\"missed\":20,\"justified\":11,\"version\":" + version + "}");
    assertEquals(400, later.status(), later.body());
    assertTrue(later.body().contains("periodGrade.locked"), later.body());
    assertEquals(List.of("17/11/1"), ClassYearEndIT.counts(school, first));
    try (Browser browser = new Browser(contextRoot)) {
      browser.logInAndOpen(
          "yearend/class.xhtml?class=" + school.classId + "&period=ANNUAL",
          school.classTeacher.login(),
          school.classTeacher.password());
      WebElement row = studentRow(browser, "attendance", first);
      assertEquals("Užrakinta", row.findElement(By.cssSelector(".dn-attendance-state")).getText());
      assertTrue(!row.findElement(By.cssSelector("input.dn-missed")).isEnabled(), "read-only");
    }
  }

  private static void decide(Browser browser, long student, String decision) {
    WebElement row = studentRow(browser, "promotion", student);
    new Select(row.findElement(By.cssSelector("select.dn-decision"))).selectByValue(decision);
    row.findElement(By.cssSelector("button.dn-decide")).click();
    awaitMessage(browser, "kėlimo sprendimas įrašytas");
  }

  private static WebElement studentRow(Browser browser, String table, long student) {
    return browser.find(By.cssSelector("form[id='" + table + "-form'] tr.dn-student-" + student));
  }

  private static void type(WebElement input, String value) {
    input.clear();
    input.sendKeys(value);
  }

  private static void awaitMessage(Browser browser, String text) {
    // the messages are re-rendered by the ajax answer: a read in the middle of it is retried
    browser
        .await()
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
  }

  private long startJob(String job, Map<String, String> parameters) throws Exception {
    ModelNode operation = new ModelNode();
    operation.get("operation").set("start-job");
    ModelNode address = operation.get("address");
    address.add("deployment", "dienynas.ear");
    address.add("subdeployment", "batch.jar");
    address.add("subsystem", "batch-jberet");
    operation.get("job-xml-name").set(job);
    parameters.forEach((name, value) -> operation.get("properties", name).set(value));
    ModelNode outcome = management.getControllerClient().execute(operation);
    assertEquals("success", outcome.get("outcome").asString(), outcome.toString());
    return outcome.get("result").asLong();
  }

  /** Waits (a minute at most) until the job execution has ended, and asserts it completed. */
  private void awaitJob(long execution) throws Exception {
    String status = "";
    for (int i = 0; i < 240; i++) {
      ModelNode operation = new ModelNode();
      operation.get("operation").set("read-attribute");
      ModelNode address = operation.get("address");
      address.add("deployment", "dienynas.ear");
      address.add("subdeployment", "batch.jar");
      address.add("subsystem", "batch-jberet");
      address.add("job", "month-lock");
      address.add("execution", Long.toString(execution));
      operation.get("name").set("batch-status");
      status = management.getControllerClient().execute(operation).get("result").asString();
      if (status.equals("COMPLETED") || status.equals("FAILED") || status.equals("STOPPED")) {
        break;
      }
      Thread.sleep(250);
    }
    assertEquals("COMPLETED", status);
  }

  /** The class's summary PDF as the job stored it (a minute at most). */
  private static byte[] awaitSummary(long classId) throws Exception {
    for (int i = 0; i < 240; i++) {
      try (Connection c = TestPeople.connect();
          PreparedStatement ps =
              c.prepareStatement(
                  "SELECT content FROM yearend_document WHERE school_class_id = ?"
                      + " AND kind = 'SUMMARY_PDF'")) {
        ps.setLong(1, classId);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            try (InputStream in = rs.getBinaryStream(1)) {
              return in.readAllBytes();
            }
          }
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no summary PDF for class " + classId);
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
